package dev.netlint.core.report;

/**
 * Makes scanned text safe to print: control characters (ANSI escapes, carriage returns, a newline inside a resource
 * name) are shown as escapes, so a hostile file cannot rewrite the user's terminal or fake extra output lines.
 */
public final class TerminalText {

    private TerminalText() {}

    public static String clean(String text) {
        return clean(text, false);
    }

    /**
     * Like {@link #clean(String)}, but leaves carriage returns and line feeds for a format that escapes them itself
     * (GitHub workflow commands encode them as {@code %0D} and {@code %0A}).
     */
    public static String cleanKeepingLineBreaks(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || c == '\u2028' || c == '\u2029') && !(keepLineBreaks && (c == '\n' || c == '\r'));
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
