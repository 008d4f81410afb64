package dev.netlint.core.report;

/**
 * Escaping for GitHub Actions workflow commands ({@code ::error file=F,line=1::message}), exactly as the Actions
 * runner unescapes them (and as {@code @actions/core}'s {@code command.ts} escapes): in data {@code %} {@code \r}
 * {@code \n}; in property values additionally {@code :} and {@code ,}. After escaping, text from a scanned file can
 * neither end the command line nor start another one, nor close a property early.
 */
public final class GithubCommands {

    private GithubCommands() {}

    public static String escapeData(String text) {
        return escape(text, false);
    }

    /** Property values additionally escape the separators of the command's property list. */
    public static String escapeProperty(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean property) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                case ':' -> out.append(property ? "%3A" : ":");
                case ',' -> out.append(property ? "%2C" : ",");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
