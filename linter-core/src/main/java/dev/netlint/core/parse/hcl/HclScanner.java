package dev.netlint.core.parse.hcl;

/**
 * The tokens of HCL's native syntax outside template literals, scanned on demand: {@link #scan(int, boolean)} reads
 * the one token that starts at or after an offset and leaves its kind and span in fields, so the parser allocates
 * nothing per token and can look ahead by scanning again from a token's end. Template literal text (inside quotes, a
 * heredoc or a standalone template) depends on the parser's position in the grammar and is read by {@link HclParser}
 * with the character helpers here.
 *
 * <p>Lexical rules (hashicorp/hcl {@code hclsyntax/spec.md}, "Lexical Elements"): spaces and tabs are white space;
 * a line ends at LF, CRLF or a lone CR (netlint counts lines the same way everywhere); {@code #} and {@code //}
 * comments run to the end of the line and count as a line end; {@code /* *}{@code /} comments count as white space.
 * Identifiers are Unicode {@code ID_Start} (or {@code _}) followed by {@code ID_Continue} or {@code -}. Numbers are
 * {@code digits (. digits)? ([eE] [+-]? digits)?}. Every step moves forward, so scanning is linear in the input.
 */
final class HclScanner {

    static final int EOF = 0;
    static final int NEWLINE = 1;
    static final int IDENT = 2;
    static final int NUMBER = 3;
    static final int OQUOTE = 4;
    static final int OHEREDOC = 5;
    static final int LBRACE = 6;
    static final int RBRACE = 7;
    static final int LBRACK = 8;
    static final int RBRACK = 9;
    static final int LPAREN = 10;
    static final int RPAREN = 11;
    static final int COMMA = 12;
    static final int DOT = 13;
    static final int ELLIPSIS = 14;
    static final int EQUAL = 15;
    static final int COLON = 16;
    static final int DCOLON = 17;
    static final int QUESTION = 18;
    static final int FATARROW = 19;
    static final int PLUS = 20;
    static final int MINUS = 21;
    static final int STAR = 22;
    static final int SLASH = 23;
    static final int PERCENT = 24;
    static final int EQEQ = 25;
    static final int NOTEQ = 26;
    static final int LT = 27;
    static final int LE = 28;
    static final int GT = 29;
    static final int GE = 30;
    static final int AND = 31;
    static final int OR = 32;
    static final int BANG = 33;
    /** {@code ~}}: the end of a template sequence with a strip marker. */
    static final int TILDE_RBRACE = 34;
    /** {@code ${} or {@code %{} where an expression token is expected. */
    static final int TEMPLATE_OPEN = 35;
    /** A character the language does not use; {@link #problem} says which. */
    static final int INVALID = 36;
    /** A {@code /*} comment without its end. */
    static final int UNTERMINATED_COMMENT = 37;

    private final char[] text;
    private final int length;

    /** The kind of the token found by the last {@link #scan}. */
    int type;
    /** Its first character. */
    int start;
    /** The offset after its last character. */
    int end;

    HclScanner(char[] text, int length) {
        this.text = text;
        this.length = length;
    }

    char[] text() {
        return text;
    }

    int length() {
        return length;
    }

    char at(int offset) {
        return offset < length ? text[offset] : '\0';
    }

    /**
     * Scans the token at or after {@code from}. With {@code skipNewlines}, line ends and line comments are skipped
     * as white space (inside parentheses, brackets, interpolations and {@code for} expressions).
     */
    void scan(int from, boolean skipNewlines) {
        int i = from;
        while (true) {
            while (i < length && (text[i] == ' ' || text[i] == '\t')) {
                i++;
            }
            if (i >= length) {
                set(EOF, length, length);
                return;
            }
            char c = text[i];
            if (c == '\n' || c == '\r') {
                int after = lineEndAfter(i);
                if (skipNewlines) {
                    i = after;
                    continue;
                }
                set(NEWLINE, i, after);
                return;
            }
            if (c == '#' || (c == '/' && at(i + 1) == '/')) {
                int eol = endOfLine(i);
                int after = eol < length ? lineEndAfter(eol) : eol;
                if (skipNewlines) {
                    i = after;
                    continue;
                }
                set(NEWLINE, i, after);
                return;
            }
            if (c == '/' && at(i + 1) == '*') {
                int close = commentEnd(i + 2);
                if (close < 0) {
                    set(UNTERMINATED_COMMENT, i, i + 2);
                    return;
                }
                i = close;
                continue;
            }
            break;
        }
        char c = text[i];
        if (c < 128 ? isAsciiIdentifierStart(c) : isIdentifierStart(i)) {
            set(IDENT, i, identifierEnd(i));
            return;
        }
        if (c >= '0' && c <= '9') {
            set(NUMBER, i, numberEnd(i));
            return;
        }
        char next = at(i + 1);
        switch (c) {
            case '"' -> set(OQUOTE, i, i + 1);
            case '{' -> set(LBRACE, i, i + 1);
            case '}' -> set(RBRACE, i, i + 1);
            case '[' -> set(LBRACK, i, i + 1);
            case ']' -> set(RBRACK, i, i + 1);
            case '(' -> set(LPAREN, i, i + 1);
            case ')' -> set(RPAREN, i, i + 1);
            case ',' -> set(COMMA, i, i + 1);
            case '?' -> set(QUESTION, i, i + 1);
            case '+' -> set(PLUS, i, i + 1);
            case '-' -> set(MINUS, i, i + 1);
            case '*' -> set(STAR, i, i + 1);
            case '/' -> set(SLASH, i, i + 1);
            case '.' -> {
                if (next == '.' && at(i + 2) == '.') {
                    set(ELLIPSIS, i, i + 3);
                } else {
                    set(DOT, i, i + 1);
                }
            }
            case '=' -> {
                if (next == '=') {
                    set(EQEQ, i, i + 2);
                } else if (next == '>') {
                    set(FATARROW, i, i + 2);
                } else {
                    set(EQUAL, i, i + 1);
                }
            }
            case ':' -> set(next == ':' ? DCOLON : COLON, i, next == ':' ? i + 2 : i + 1);
            case '!' -> set(next == '=' ? NOTEQ : BANG, i, next == '=' ? i + 2 : i + 1);
            case '>' -> set(next == '=' ? GE : GT, i, next == '=' ? i + 2 : i + 1);
            case '<' -> {
                int heredoc = heredocIntroEnd(i);
                if (heredoc > 0) {
                    set(OHEREDOC, i, heredoc);
                } else {
                    set(next == '=' ? LE : LT, i, next == '=' ? i + 2 : i + 1);
                }
            }
            case '&' -> set(next == '&' ? AND : INVALID, i, next == '&' ? i + 2 : i + 1);
            case '|' -> set(next == '|' ? OR : INVALID, i, next == '|' ? i + 2 : i + 1);
            case '%' -> set(next == '{' ? TEMPLATE_OPEN : PERCENT, i, next == '{' ? i + 2 : i + 1);
            case '$' -> set(next == '{' ? TEMPLATE_OPEN : INVALID, i, next == '{' ? i + 2 : i + 1);
            case '~' -> set(next == '}' ? TILDE_RBRACE : INVALID, i, next == '}' ? i + 2 : i + 1);
            default -> set(INVALID, i, Character.isHighSurrogate(c) && Character.isLowSurrogate(at(i + 1))
                    ? i + 2 : i + 1);
        }
    }

    private void set(int kind, int from, int to) {
        type = kind;
        start = from;
        end = to;
    }

    /** The offset after the line end that starts at {@code i} (a CR, LF or CRLF). */
    int lineEndAfter(int i) {
        if (text[i] == '\r' && at(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    boolean isLineEnd(int i) {
        return i < length && (text[i] == '\n' || text[i] == '\r');
    }

    /** The offset of the line end at or after {@code from}, or the length. */
    int endOfLine(int from) {
        int i = from;
        while (i < length && text[i] != '\n' && text[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The offset after the {@code *}{@code /} closing a comment whose body starts at {@code from}; -1 if none. */
    private int commentEnd(int from) {
        for (int i = from; i + 1 < length; i++) {
            if (text[i] == '*' && text[i + 1] == '/') {
                return i + 2;
            }
        }
        return -1;
    }

    private static boolean isAsciiIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isAsciiIdentifierPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Whether an identifier starts at {@code i}: {@code ID_Start} or {@code _}. */
    boolean isIdentifierStart(int i) {
        if (i >= length) {
            return false;
        }
        char c = text[i];
        if (c < 128) {
            return isAsciiIdentifierStart(c);
        }
        int cp = Character.codePointAt(text, i, length);
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** The offset after the identifier starting at {@code from} ({@code ID_Continue} or {@code -}). */
    int identifierEnd(int from) {
        int i = from;
        if (i < length) {
            i += Character.charCount(Character.codePointAt(text, i, length));
        }
        while (i < length) {
            char c = text[i];
            if (c < 128) {
                if (!isAsciiIdentifierPart(c)) {
                    return i;
                }
                i++;
            } else {
                int cp = Character.codePointAt(text, i, length);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    private int digitsEnd(int from) {
        int i = from;
        while (i < length && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        return i;
    }

    private int numberEnd(int from) {
        int i = digitsEnd(from);
        if (at(i) == '.' && isDigit(at(i + 1))) {
            i = digitsEnd(i + 1);
        }
        if (at(i) == 'e' || at(i) == 'E') {
            int j = i + 1;
            if (at(j) == '+' || at(j) == '-') {
                j++;
            }
            if (isDigit(at(j))) {
                i = digitsEnd(j);
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The offset after {@code <<ID} or {@code <<-ID} at {@code i} when it introduces a heredoc (only spaces or tabs
     * may follow the identifier on its line), else -1.
     */
    private int heredocIntroEnd(int i) {
        if (at(i + 1) != '<') {
            return -1;
        }
        int id = at(i + 2) == '-' ? i + 3 : i + 2;
        if (!isIdentifierStart(id)) {
            return -1;
        }
        int idEnd = identifierEnd(id);
        int j = idEnd;
        while (j < length && (text[j] == ' ' || text[j] == '\t')) {
            j++;
        }
        return j >= length || text[j] == '\n' || text[j] == '\r' ? idEnd : -1;
    }

    /** Whether {@code word} is exactly the text of the current token. */
    boolean tokenIs(String word) {
        int n = end - start;
        if (n != word.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (text[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    String tokenText() {
        return new String(text, start, end - start);
    }

    String text(int from, int to) {
        return new String(text, from, to - from);
    }
}
