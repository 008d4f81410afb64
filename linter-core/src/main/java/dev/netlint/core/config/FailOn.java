package dev.netlint.core.config;

import dev.netlint.core.finding.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lowest severity that fails a run ({@code fail-on} in .netlint.yaml, the CLI's {@code --fail-on}, the Maven
 * plugin's {@code failOnSeverity}); {@link #NEVER}: no finding fails it. Declared in the order users read them.
 */
public enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    /** The words, as configuration and the command line spell them: error, warning, info, never. */
    public static final List<String> LABELS = Arrays.stream(values()).map(FailOn::label).toList();

    /** The lower-case word. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity at or above which findings fail the run; null for {@link #NEVER}. */
    public Severity threshold() {
        return this == NEVER ? null : Severity.valueOf(name());
    }

    /** The value a word names, in any case (no surrounding blanks); null when it names none. */
    public static FailOn of(String word) {
        return LABELS.contains(word.toLowerCase(Locale.ROOT)) ? valueOf(word.toUpperCase(Locale.ROOT)) : null;
    }
}
