package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;

/** {@code name = expr}; {@code location} runs from the first character of the name to the end of the expression. */
public record HclAttribute(String name, HclExpr expr, Location location) implements HasLocation {}
