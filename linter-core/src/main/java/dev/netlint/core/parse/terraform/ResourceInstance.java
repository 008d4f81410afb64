package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclBlock;

/**
 * One instance of a {@code resource} block: {@code aws_subnet.private[0]} for {@code count}, {@code
 * aws_security_group.nodes["a"]} for {@code for_each}, or the plain address. When the count or keys cannot be
 * resolved, one instance with the plain address stands for all of them and its {@code count.index}/{@code each.*}
 * are unknown. {@code evaluator} is the one of the module the block belongs to (a child module's resources are read
 * in their own module's scope, with addresses prefixed {@code module.x.}); null means "the reader's evaluator".
 */
record ResourceInstance(String type, String name, String address, HclBlock block, Bindings bindings,
                        TfEvaluator evaluator) {

    /** An instance evaluated by whichever evaluator reads it (tests, single-module use). */
    ResourceInstance(String type, String name, String address, HclBlock block, Bindings bindings) {
        this(type, name, address, block, bindings, null);
    }

    /** True when this single instance stands for a {@code count}/{@code for_each} that could not be resolved. */
    boolean standsForUnknownInstances() {
        return address.indexOf('[') < 0
                && (block.body().attribute("count").isPresent() || block.body().attribute("for_each").isPresent());
    }
}
