package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.Location;
import java.util.Arrays;

/**
 * Where the characters of a string literal were written, for text that does not sit in its file as one run: a
 * heredoc (each line starts after the indentation {@code <<-} removed) or a string with escapes ({@code \n} is two
 * characters of the file and one of the value). Runs of the value that were written one character per character
 * start at {@code offsets[i]} and are located from {@code starts[i]} on, one column per character.
 * <p>
 * Kept for multi-line and escaped literals only, so a YAML document written in a heredoc
 * ({@code yamldecode(<<-EOT ... EOT)}) can be linted with every finding on its line and column of the {@code .tf} file.
 */
public final class TextOrigins {

    private final int[] offsets;
    private final Location[] starts;

    TextOrigins(int[] offsets, Location[] starts) {
        this.offsets = offsets;
        this.starts = starts;
    }

    /** The place character {@code offset} of the value was written (the end of the text for offsets past it). */
    public Location locate(int offset) {
        int index = Arrays.binarySearch(offsets, offset);
        int run = index >= 0 ? index : Math.max(0, -index - 2);
        Location start = starts[run];
        int column = start.column() + Math.max(0, offset - offsets[run]);
        return Location.at(start.file(), start.line(), column);
    }
}
