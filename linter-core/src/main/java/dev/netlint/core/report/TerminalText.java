package dev.netlint.core.report;

/**
 * Makes scanned text safe to print: control characters (ANSI escapes, carriage returns, a newline inside a resource
 * name) are shown as escapes, so a hostile file cannot rewrite the user's terminal or fake extra output lines.
 */
public final class TerminalText {

    private TerminalText() {}

    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || c == '\u2028' || c == '\u2029';
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
