package dev.netlint.core.model;

import dev.netlint.core.source.HasLocation;

/**
 * Every element of the common model: something a rule can select and a finding can name.
 * {@link #describe()} is how findings name it: "Service shop/web", "aws_security_group.nodes".
 */
public interface ModelElement extends HasLocation {
    String describe();
}
