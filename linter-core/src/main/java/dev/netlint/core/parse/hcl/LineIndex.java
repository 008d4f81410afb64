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

    /** The line that the last lookup found: parsers ask for places in file order, mostly on the same line. */
    private int lastLine;

    /**
     * The lines of {@code text} from {@code skip} on (offsets relative to {@code skip}). Without a CR, the line feeds
     * are found with {@link String#indexOf(int, int)}, which the JDK runs vectorised, rather than by a loop over
     * every character (issue 18: a tenth of parsing a large Terraform corpus).
     */
    LineIndex(String file, String text, int skip) {
        this.file = file;
        this.length = text.length() - skip;
        if (text.indexOf('\r', skip) >= 0) {
            this.lineStarts = starts(text.substring(skip).toCharArray(), length);
            return;
        }
        int[] starts = new int[16];
        int count = 1;
        for (int nl = text.indexOf('\n', skip); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1 - skip;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    LineIndex(String file, char[] text, int length) {
        this.file = file;
        this.length = length;
        this.lineStarts = starts(text, length);
    }

    private static int[] starts(char[] text, int length) {
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
        return Arrays.copyOf(starts, count);
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
        int line = lastLine;
        if (offset >= lineStarts[line] && (line + 1 == lineStarts.length || offset < lineStarts[line + 1])) {
            return line;
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        line = found >= 0 ? found : -found - 2;
        lastLine = line;
        return line;
    }
}
