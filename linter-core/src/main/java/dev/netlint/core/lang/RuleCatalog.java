package dev.netlint.core.lang;

import java.util.List;

/**
 * Built-in rules as plain Java, found through {@code META-INF/services/dev.netlint.core.lang.RuleCatalog}: the
 * {@code rules} module lists its rules by hand ({@code dev.netlint.rules.BuiltInRules}), so a run that uses only
 * built-in rules creates no Groovy script or closure and never starts Groovy's runtime.
 */
public interface RuleCatalog {

    /** New definitions of this catalog's rules, each time it is called. */
    List<RuleDefinition> rules();
}
