package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code netlint:ignore} comments in a file's text while it is loaded, so no file is read twice: YAML
 * {@code #} comments, Terraform {@code #} and {@code //} comments. A comment after code applies to its own line; a
 * comment on a line of its own applies to itself and the next line of code (comment and blank lines between are
 * passed over). A comment on or above a Terraform block header ({@code resource "aws_security_group" "nodes" {})
 * also covers every finding about that block, wherever in the block it points.
 */
public final class CommentScanner {

    public static final String MARKER = "netlint:ignore";
    /** A comment anywhere in the file that covers the whole file: {@code # netlint:ignore-file [RULE,...] reason}. */
    public static final String FILE_MARKER = "netlint:ignore-file";

    private static final Pattern BLOCK_HEADER = Pattern.compile(
            "^\\s*(resource|data)\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"|^\\s*module\\s+\"([^\"]+)\"");

    private CommentScanner() {}

    public static List<Directive> scan(SourceText source) {
        String text = source.text();
        SourceFormat format = source.file().format();
        if (!text.contains(MARKER) || format == SourceFormat.JSON || format == SourceFormat.TERRAFORM_JSON) {
            return List.of();
        }
        boolean hcl = format == SourceFormat.TERRAFORM || format == SourceFormat.TFVARS;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Directive> directives = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains(MARKER)) {
                continue;
            }
            int start = commentStart(lines[i], hcl);
            if (start < 0) {
                continue;
            }
            int bodyStart = lines[i].startsWith("//", start) ? start + 2 : start + 1;
            String comment = lines[i].substring(bodyStart).stripLeading();
            int line = i + 1;
            if (comment.startsWith(FILE_MARKER) && (comment.length() == FILE_MARKER.length()
                    || Character.isWhitespace(comment.charAt(FILE_MARKER.length()))
                    || comment.charAt(FILE_MARKER.length()) == ':')) {
                Location at = new Location(source.file().displayPath(), line, start + 1, line, lines[i].length() + 1);
                directives.add(Directive.parseWholeFile(comment.substring(FILE_MARKER.length()), at, line));
                continue;
            }
            if (!comment.startsWith(MARKER) || (comment.length() > MARKER.length()
                    && !Character.isWhitespace(comment.charAt(MARKER.length())))) {
                continue;
            }
            boolean trailing = !lines[i].substring(0, start).isBlank();
            int target = trailing ? line : nextCodeLine(lines, i + 1, hcl, line);
            String block = hcl ? blockAddress(lines[target - 1]) : null;
            Location at = new Location(source.file().displayPath(), line, start + 1, line, lines[i].length() + 1);
            directives.add(Directive.parse(comment.substring(MARKER.length()), Suppression.Kind.COMMENT, at, line,
                    target, block, null));
        }
        return directives;
    }

    /** 1-based number of the next line with code after {@code from} (0-based), or {@code fallback}. */
    private static int nextCodeLine(String[] lines, int from, boolean hcl, int fallback) {
        for (int i = from; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || (hcl && stripped.startsWith("//"))) {
                continue;
            }
            return i + 1;
        }
        return fallback;
    }

    /** The column (0-based) where a comment starts, outside quoted strings, or -1. */
    static int commentStart(String line, boolean hcl) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || (!hcl && c == '\'' && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1))))) {
                quote = c;
            } else if (c == '#' && (hcl || i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            } else if (hcl && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }

    /** {@code aws_security_group.nodes} for {@code resource "aws_security_group" "nodes" {}, or null. */
    static String blockAddress(String line) {
        Matcher header = BLOCK_HEADER.matcher(line);
        if (!header.find()) {
            return null;
        }
        if (header.group(4) != null) {
            return "module." + header.group(4);
        }
        String address = header.group(2) + "." + header.group(3);
        return header.group(1).equals("data") ? "data." + address : address;
    }
}
