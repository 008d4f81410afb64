package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.Location;
import java.util.Arrays;

/**
 * Turns absolute character offsets into 1-based lines and columns. A line ends at LF, at CRLF (whose CR is the last
 * character of its line, so CRLF files keep exact columns) or at a lone CR, the line ends every other netlint reader
 * counts. Columns count UTF-16 code units, SARIF's default column kind; a tab is one column.
 */
final class LineIndex {

    private final String file;
    private final int[] lineStarts;
    private final int length;

    LineIndex(String file, char[] text, int length) {
        this.file = file;
        this.length = length;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text[i + 1] != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String file() {
        return file;
    }

    /** The span {@code [start, end)}. */
    Location span(int start, int end) {
        int clampedStart = clamp(start);
        int clampedEnd = Math.max(clampedStart, clamp(end));
        int startLine = lineOf(clampedStart);
        int endLine = lineOf(clampedEnd);
        return new Location(file, startLine + 1, clampedStart - lineStarts[startLine] + 1,
                endLine + 1, clampedEnd - lineStarts[endLine] + 1);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
