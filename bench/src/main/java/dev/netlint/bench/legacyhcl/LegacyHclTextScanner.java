package dev.netlint.bench.legacyhcl;

import dev.netlint.core.parse.hcl.*;

import java.util.BitSet;

/**
 * Character-level scanning of HCL source: where a string, bracket or heredoc ends. HCL4j's symbols carry only start
 * positions (and a quoted string only its closing quote), so expression ends are found here. Every method is a single
 * forward or backward pass without regular expressions: it runs for every expression of every file.
 *
 * <p>{@link #blankForExpressions()} also works around HCL4j failing on some valid {@code for} expressions (for example
 * {@code { for k, v in x : "${v.a}_${v.b}" => v }}): netlint never evaluates them, so their interior is blanked
 * with spaces before lexing, which keeps every other offset, line and column unchanged.
 */
public final class LegacyHclTextScanner {

    private final char[] text;
    private final int length;
    /** A "closing character" that never occurs in source (U+FFFF is a noncharacter), to scan a whole file. */
    private static final char END_OF_TEXT = '\uFFFF';

    private BitSet blankedBrackets;

    LegacyHclTextScanner(char[] text) {
        this.text = text;
        this.length = text.length;
    }

    char[] text() {
        return text;
    }

    char charAt(int offset) {
        return offset >= 0 && offset < length ? text[offset] : '\0';
    }

    /** Blanks the interior of every {@code [for ...]} and {@code {for ...}}; returns their opening offsets. */
    BitSet blankForExpressions() {
        blankedBrackets = new BitSet();
        skipCode(0, END_OF_TEXT);
        BitSet result = blankedBrackets;
        blankedBrackets = null;
        return result;
    }

    /**
     * Splits the text into chunks of whole top-level items (blocks and attributes), each at least {@code target}
     * characters except the last, each starting at the beginning of a line. Returns start and end offsets pairwise.
     */
    int[] topLevelChunks(int target) {
        int[] bounds = new int[16];
        int count = 0;
        int chunkStart = 0;
        int i = 0;
        while (i < length) {
            i = itemEnd(i);
            if (i < length) {
                i++; // the line end belongs to the item
            }
            if (i - chunkStart >= target || i >= length) {
                if (count + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = chunkStart;
                bounds[count++] = i;
                chunkStart = i;
            }
        }
        return java.util.Arrays.copyOf(bounds, count);
    }

    /** The offset of the line end that ends the top-level item containing {@code from} (or the text length). */
    private int itemEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text[i];
            if (c == '\n') {
                return i;
            }
            switch (c) {
                case '"' -> i = Math.max(i + 1, stringEnd(i));
                case '#' -> i = lineEnd(i);
                case '/' -> i = skipSlashComment(i);
                case '<' -> i = isHeredocStart(i) ? heredocEnd(i) : i + 1;
                case '(', '[', '{' -> i = matchingClose(i);
                default -> i++;
            }
        }
        return length;
    }

    /** The offset just after the bracket that closes the one at {@code open}; the text length when unclosed. */
    int matchingClose(int open) {
        char closer = switch (charAt(open)) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            default -> '\0';
        };
        return closer == '\0' ? Math.min(open + 1, length) : skipCode(open + 1, closer);
    }

    /** The offset just after the quoted string (template) that opens at {@code openQuote}. */
    int stringEnd(int openQuote) {
        int i = openQuote + 1;
        while (i < length) {
            char c = text[i];
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i; // unterminated: HCL strings end at the line
            } else if ((c == '$' || c == '%') && charAt(i + 1) == c && charAt(i + 2) == '{') {
                i += 3; // $${ and %%{ are literal text
            } else if ((c == '$' || c == '%') && charAt(i + 1) == '{') {
                i = skipCode(i + 2, '}');
            } else {
                i++;
            }
        }
        return length;
    }

    /** The opening quote of the quoted string whose closing quote is at {@code closeQuote}. */
    int openingQuoteBefore(int closeQuote) {
        for (int i = closeQuote - 1; i >= 0; i--) {
            if (text[i] == '"' && !isEscaped(i)) {
                return i;
            }
            if (text[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private boolean isEscaped(int offset) {
        int backslashes = 0;
        for (int i = offset - 1; i >= 0 && text[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The offset after the identifier or number token starting at {@code start}. */
    int tokenEnd(int start) {
        int i = start;
        while (i < length && (Character.isLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-' || text[i] == '.')) {
            i++;
        }
        return i;
    }

    /** The first offset at or after {@code from} that is not a space or tab. */
    int skipBlanks(int from) {
        int i = from;
        while (i < length && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The last offset before {@code from} that is not white space (including line ends); -1 when none. */
    int previousNonWhitespace(int from) {
        int i = from - 1;
        while (i >= 0 && Character.isWhitespace(text[i])) {
            i--;
        }
        return i;
    }

    /**
     * Scans code from {@code from} to the unmatched {@code close} (or the end when {@code close} is NUL) and returns
     * the offset after it, skipping strings, comments, heredocs and nested brackets.
     */
    private int skipCode(int from, char close) {
        int i = from;
        while (i < length) {
            char c = text[i];
            if (c == close) {
                return i + 1;
            }
            switch (c) {
                case '"' -> i = stringEnd(i);
                case '#' -> i = lineEnd(i);
                case '/' -> i = skipSlashComment(i);
                case '<' -> i = isHeredocStart(i) ? heredocEnd(i) : i + 1;
                case '(' -> i = skipCode(i + 1, ')');
                case '[', '{' -> i = skipBracket(i);
                default -> i++;
            }
        }
        return length;
    }

    private int skipBracket(int open) {
        char closer = text[open] == '[' ? ']' : '}';
        if (blankedBrackets != null && startsForExpression(open + 1)) {
            int end = skipCode(open + 1, closer);
            int interiorEnd = end <= length && charAt(end - 1) == closer ? end - 1 : end;
            for (int j = open + 1; j < interiorEnd; j++) {
                if (text[j] != '\n' && text[j] != '\r') {
                    text[j] = ' ';
                }
            }
            blankedBrackets.set(open);
            return end;
        }
        return skipCode(open + 1, closer);
    }

    private boolean startsForExpression(int from) {
        int i = from;
        while (i < length && Character.isWhitespace(text[i])) {
            i++;
        }
        return i + 3 < length && text[i] == 'f' && text[i + 1] == 'o' && text[i + 2] == 'r'
                && Character.isWhitespace(text[i + 3]);
    }

    private int skipSlashComment(int slash) {
        if (charAt(slash + 1) == '/') {
            return lineEnd(slash);
        }
        if (charAt(slash + 1) == '*') {
            for (int i = slash + 2; i + 1 < length; i++) {
                if (text[i] == '*' && text[i + 1] == '/') {
                    return i + 2;
                }
            }
            return length;
        }
        return slash + 1;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    /** {@code <<ID} or {@code <<-ID} followed by the end of the line. */
    boolean isHeredocStart(int offset) {
        if (charAt(offset) != '<' || charAt(offset + 1) != '<') {
            return false;
        }
        int id = charAt(offset + 2) == '-' ? offset + 3 : offset + 2;
        int idEnd = identifierEnd(id);
        if (idEnd == id) {
            return false;
        }
        int after = skipBlanks(idEnd);
        return after >= length || text[after] == '\n' || (text[after] == '\r' && charAt(after + 1) == '\n');
    }

    /** The offset after the terminator of the heredoc opened at {@code offset}. */
    int heredocEnd(int offset) {
        int id = charAt(offset + 2) == '-' ? offset + 3 : offset + 2;
        int idEnd = identifierEnd(id);
        int lineStart = lineEnd(idEnd) + 1;
        while (lineStart < length) {
            int first = skipBlanks(lineStart);
            int end = identifierEnd(first);
            if (end - first == idEnd - id && regionEquals(first, id, idEnd - id)) {
                int after = skipBlanks(end);
                if (after >= length || text[after] == '\n' || text[after] == '\r') {
                    return end;
                }
            }
            lineStart = lineEnd(lineStart) + 1;
        }
        return length;
    }

    /** The offset of the first character of the heredoc body (the line after {@code <<ID}). */
    int heredocContentStart(int offset) {
        return Math.min(length, lineEnd(offset) + 1);
    }

    int identifierEnd(int from) {
        int i = from;
        while (i < length && (Character.isLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-')) {
            i++;
        }
        return i;
    }

    boolean regionEquals(int a, int b, int count) {
        for (int k = 0; k < count; k++) {
            if (text[a + k] != text[b + k]) {
                return false;
            }
        }
        return true;
    }

    /** Finds the {@code <<} that opens the heredoc whose terminator line starts at {@code terminatorLineStart}. */
    int heredocOpening(int terminatorLineStart) {
        int idStart = skipBlanks(terminatorLineStart);
        int idEnd = identifierEnd(idStart);
        int idLength = idEnd - idStart;
        for (int i = terminatorLineStart - 2; i >= 1; i--) {
            if (text[i] == '<' && text[i - 1] == '<') {
                int id = charAt(i + 1) == '-' ? i + 2 : i + 1;
                if (identifierEnd(id) - id == idLength && regionEquals(id, idStart, idLength)) {
                    return i - 1;
                }
            }
        }
        return -1;
    }
}
