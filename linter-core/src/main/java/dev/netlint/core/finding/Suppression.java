package dev.netlint.core.finding;

import dev.netlint.core.source.Location;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Why a finding is not counted: the kind of suppression, the reason its author gave, where it was declared
 * (the comment, the annotation, the configuration entry; null for a baseline entry without a place) and the date it
 * stops working (null: never).
 */
public record Suppression(Kind kind, String reason, Location location, LocalDate expires) {

    /** Where the suppression came from; {@link #label()} is the word JSON writes. */
    public enum Kind {
        ANNOTATION, COMMENT, BASELINE, CONFIG;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Declared in the scanned file itself (SARIF {@code inSource}) rather than outside it ({@code external}). */
        public boolean inSource() {
            return this == ANNOTATION || this == COMMENT;
        }
    }
}
