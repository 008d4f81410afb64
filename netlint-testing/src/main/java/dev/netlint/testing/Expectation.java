package dev.netlint.testing;

import dev.netlint.core.finding.Severity;

/**
 * A finding a fixture expects: on which line of which file, optionally at which column, with which severity and
 * containing which text, and whether it is a --strict "not verified" finding. {@code marker} is the marker's own
 * line, for error messages.
 */
record Expectation(String file, int line, Integer column, Severity severity, String messagePart, int markerLine,
                   boolean unverified) {

    boolean matchesPlace(String otherFile, int otherLine) {
        return file.equals(otherFile) && line == otherLine;
    }

    @Override
    public String toString() {
        return file + ":" + line + (unverified ? " unverified" : "") + (column == null ? "" : ":" + column)
                + (severity == null ? "" : " " + severity.label())
                + (messagePart == null ? "" : " '" + messagePart + "'")
                + " (marker on line " + markerLine + ")";
    }
}
