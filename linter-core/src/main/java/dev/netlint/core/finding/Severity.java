package dev.netlint.core.finding;

import java.util.Locale;

/** How much a finding matters. Declared most severe first, so sorting by ordinal puts errors first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lowercase word used in every output format and in configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
