package dev.netlint.bench;

import dev.netlint.core.engine.RuleRegistry;

/**
 * Start-up cost of the rule catalog alone: {@code RuleRegistry.builtIn()} builds the rules from the Java catalog the
 * build generated from the rule files (before it, it ran the precompiled Groovy rule scripts, which initialised the
 * Groovy runtime's meta-class registry).
 */
public final class RegistryOnly {

    private RegistryOnly() {}

    public static void main(String[] args) {
        System.out.println(RuleRegistry.builtIn().rules().size() + " rules");
    }
}
