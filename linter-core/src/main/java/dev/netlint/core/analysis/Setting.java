package dev.netlint.core.analysis;

import dev.netlint.core.source.Location;

/**
 * An effective setting after precedence has been applied: its value (null when it cannot be known), where it was
 * decided (null for a built-in default), and in words what decided it, so findings can show why they hold.
 */
public record Setting(String value, Location location, String origin) {

    public static Setting unknown(String why) {
        return new Setting(null, null, why);
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

    public boolean isExplicit() {
        return location != null;
    }
}
