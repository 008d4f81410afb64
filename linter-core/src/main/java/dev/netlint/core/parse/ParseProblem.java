package dev.netlint.core.parse;

import dev.netlint.core.source.Location;

/**
 * A file, or part of one, that could not be read into the model. It becomes a {@code parse-error} finding at its
 * location, or a {@code limit-exceeded} finding when {@code limit} is set (input refused because it goes beyond one
 * of netlint's budgets, README "Limits"); every other file of the run is still linted.
 */
public record ParseProblem(Location location, String message, boolean limit) {

    public ParseProblem(Location location, String message) {
        this(location, message, false);
    }

    /** Input refused at {@code location} because it exceeds one of netlint's limits. */
    public static ParseProblem limit(Location location, String message) {
        return new ParseProblem(location, message, true);
    }
}
