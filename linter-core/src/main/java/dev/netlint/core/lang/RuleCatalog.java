package dev.netlint.core.lang;

import java.util.List;
import java.util.Set;

/**
 * Built-in rules as plain Java, found through {@code META-INF/services/dev.netlint.core.lang.RuleCatalog}. The build
 * generates one from the built-in Groovy rule files ({@code JavaCatalogWriter}), so the files stay the only source of
 * the rules while a run that uses only built-in rules creates no Groovy script or closure, and so never starts Groovy's
 * runtime (most of a pre-commit run's start-up otherwise).
 */
public interface RuleCatalog {

    /** New definitions of this catalog's rules, each time it is called. */
    List<RuleDefinition> rules();

    /**
     * The class names of the precompiled rule scripts ({@code META-INF/services/dev.netlint.core.lang.groovy.RuleScript})
     * these rules were generated from. The registry does not run those scripts; it runs any other listed script.
     */
    Set<String> sourceScripts();
}
