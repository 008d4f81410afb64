package dev.netlint.core.tree;

import dev.netlint.core.source.Location;

/**
 * A scalar as written. {@code text} is the value without quotes; {@code kind} says how the source typed it
 * (a quoted "80" is a STRING, a plain 80 is a NUMBER), which matters where Kubernetes is strict about types.
 */
public record PScalar(String text, Kind kind, Location location) implements PNode {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The value as an integer when it is a whole number written as a number or a numeric string. */
    public Integer asInteger() {
        if (kind != Kind.NUMBER && kind != Kind.STRING) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
