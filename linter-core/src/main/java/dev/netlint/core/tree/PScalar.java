package dev.netlint.core.tree;

import dev.netlint.core.source.Location;

/**
 * A scalar as written. {@code text} is the value without quotes; {@code kind} says how the source typed it
 * (a quoted "80" is a STRING, a plain 80 is a NUMBER), which matters where Kubernetes is strict about types.
 */
public record PScalar(String text, Kind kind, Location location, String unknownReason) implements PNode {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    public PScalar(String text, Kind kind, Location location) {
        this(text, kind, location, null);
    }

    /**
     * A value a Kubernetes object written in Terraform holds that netlint cannot work out ({@code var.port} without a
     * value): {@code text} is how it is written ({@code ${var.port}}), {@code reason} why it is not known.
     */
    public static PScalar unknown(String text, String reason, Location location) {
        return new PScalar(text, Kind.STRING, location, reason);
    }

    /** True for {@link #unknown}: readers must treat the value as unknown, never as its text. */
    public boolean isUnknown() {
        return unknownReason != null;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The value as an integer when it is a whole number written as a number or a numeric string. */
    public Integer asInteger() {
        if (kind != Kind.NUMBER && kind != Kind.STRING || isUnknown()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
