package dev.netlint.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a scanned file: 1-based line and column of the first character, and of the last
 * character's end (exclusive column), as GitHub annotations and SARIF regions expect.
 * Loaders convert their parsers' 0-based marks exactly once, so nothing downstream does arithmetic.
 */
public record Location(String file, int line, int column, int endLine, int endColumn) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column)
            .thenComparingInt(Location::endLine)
            .thenComparingInt(Location::endColumn);

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("locations are 1-based: " + file + ":" + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A location that covers one point. */
    public static Location at(String file, int line, int column) {
        return new Location(file, line, column, line, column);
    }

    /** The whole of a file, used when a problem concerns the file rather than a place in it. */
    public static Location fileStart(String file) {
        return at(file, 1, 1);
    }

    public Location withEnd(int newEndLine, int newEndColumn) {
        return new Location(file, line, column, newEndLine, newEndColumn);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
