package dev.netlint.core.lang;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.source.Location;

/**
 * A check a condition could not decide, and why: {@code message} names the setting and the reason it is not known
 * ("egress cidr_blocks is not known: output of module.vpc, which netlint does not expand"), {@code location} is
 * where the undecidable value is written. Never a finding by itself; {@code --strict} turns each into an info.
 */
public record Unverified(ModelElement subject, Location location, String message) {}
