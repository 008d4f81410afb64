package dev.netlint.core.analysis;

import dev.netlint.core.source.Location;

/**
 * An effective setting after precedence has been applied: its value (null when it cannot be known), where it was
 * decided (null for a built-in default and for an unknown value), and in words what decided it, so findings can
 * show why they hold. An unknown setting's {@code origin} says why it is unknown and {@code unknownAt} where the
 * unresolvable value is written (null when nothing is written), for --strict.
 */
public record Setting(String value, Location location, String origin, Location unknownAt) {

    public Setting(String value, Location location, String origin) {
        this(value, location, origin, null);
    }

    public static Setting unknown(String why) {
        return new Setting(null, null, why, null);
    }

    /** A setting written at {@code at} whose value cannot be worked out, for the reason {@code why}. */
    public static Setting unknown(String why, Location at) {
        return new Setting(null, null, why, at);
    }

    public static Setting byDefault(String value, String origin) {
        return new Setting(value, null, origin);
    }

    public boolean isKnown() {
        return value != null;
    }

    public boolean is(String expected) {
        return expected.equals(value);
    }

    /** Where to point at when this setting left a check undecided: where it is written, else {@code fallback}. */
    public dev.netlint.core.source.HasLocation unknownAtOr(dev.netlint.core.source.HasLocation fallback) {
        return unknownAt != null ? () -> unknownAt : fallback;
    }
}
