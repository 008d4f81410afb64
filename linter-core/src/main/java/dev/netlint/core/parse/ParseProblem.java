package dev.netlint.core.parse;

import dev.netlint.core.source.Location;

/**
 * A file, or part of one, that could not be read into the model. It becomes a {@code parse-error} finding at its
 * location; every other file of the run is still linted.
 */
public record ParseProblem(Location location, String message) {}
