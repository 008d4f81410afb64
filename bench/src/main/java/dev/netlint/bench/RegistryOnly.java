package dev.netlint.bench;

import dev.netlint.core.engine.RuleRegistry;

/**
 * Start-up cost of the rule catalog alone: {@code RuleRegistry.builtIn()} instantiates the precompiled Groovy rule
 * scripts, which initialises the Groovy runtime (metaclass registry) and runs each script's rule declarations.
 */
public final class RegistryOnly {

    private RegistryOnly() {}

    public static void main(String[] args) {
        System.out.println(RuleRegistry.builtIn().rules().size() + " rules");
    }
}
