package dev.netlint.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown of a rule page ({@link RuleDocumentation}) as text for a terminal: headings stand out (bold and
 * underlined with ANSI when {@code ansi}, else in capitals), paragraphs and list items are wrapped to the width, code
 * blocks are indented and kept as written, and inline markup ({@code **bold**}, {@code `code`}, links) loses its
 * punctuation. Only the Markdown that rule pages use is understood; anything else passes through as text.
 */
public final class TerminalMarkdown {

    private static final String BOLD = "\u001b[1m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final String RESET = "\u001b[0m";
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");

    private final int width;
    private final boolean ansi;

    public TerminalMarkdown(int width, boolean ansi) {
        this.width = Math.max(40, width);
        this.ansi = ansi;
    }

    public String render(String markdown) {
        StringBuilder out = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        List<String> paragraph = new ArrayList<>();
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                flush(paragraph, out);
                code = !code;
                continue;
            }
            if (code) {
                out.append("    ").append(line).append('\n');
                continue;
            }
            if (line.startsWith("#")) {
                flush(paragraph, out);
                String title = inline(line.replaceFirst("^#+\\s*", ""));
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
                out.append(ansi ? BOLD + UNDERLINE + title + RESET : line.startsWith("# ") ? title
                        : title.toUpperCase(java.util.Locale.ROOT)).append('\n');
                if (!ansi && line.startsWith("# ")) {
                    out.append("=".repeat(Math.min(width, title.length()))).append('\n');
                }
                continue;
            }
            if (line.isBlank()) {
                flush(paragraph, out);
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
                continue;
            }
            if (line.startsWith("- ") || line.startsWith("| ")) {
                flush(paragraph, out);
            }
            paragraph.add(line);
            if (line.startsWith("| ")) {
                flush(paragraph, out);
            }
        }
        flush(paragraph, out);
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private void flush(List<String> paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        String first = paragraph.get(0);
        boolean item = first.startsWith("- ");
        String text = inline(String.join(" ", paragraph).substring(item ? 2 : 0).strip());
        paragraph.clear();
        if (first.startsWith("| ")) {
            out.append(text).append('\n');
            return;
        }
        wrap(text, item ? "  - " : "", item ? "    " : "", out);
    }

    private void wrap(String text, String firstIndent, String indent, StringBuilder out) {
        StringBuilder line = new StringBuilder(firstIndent);
        int visible = firstIndent.length();
        boolean empty = true;
        for (String word : text.split(" +")) {
            int length = visibleLength(word);
            if (!empty && visible + 1 + length > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
                visible = indent.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                visible++;
            }
            line.append(word);
            visible += length;
            empty = false;
        }
        out.append(line).append('\n');
    }

    private static int visibleLength(String word) {
        return word.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }

    /** Inline markup: links become "text (address)", bold is bold (or plain), code loses its backticks. */
    private String inline(String text) {
        Matcher link = LINK.matcher(text);
        text = link.replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals(m.group(2)) ? m.group(1)
                : m.group(1) + " (" + m.group(2) + ")"));
        text = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(ansi ? BOLD + m.group(1) + RESET : m.group(1)));
        return CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
