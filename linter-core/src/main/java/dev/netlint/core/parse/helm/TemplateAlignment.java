package dev.netlint.core.parse.helm;

import dev.netlint.core.parse.helm.GoTemplate.Action;
import dev.netlint.core.parse.helm.GoTemplate.Piece;
import dev.netlint.core.parse.helm.GoTemplate.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which template line each line of one rendered document came from, where that is certain.
 * <p>
 * A template line matches a rendered line when its {@link Shape} does: literal text equal (trailing whitespace
 * aside), holes standing for any text. The alignment is a longest common subsequence over these matches, in order.
 * A rendered line is mapped only when every longest alignment maps it, and to the same template line: when an
 * {@code if}/{@code else} could each have written it, or a {@code range} repeats the line that wrote it, it stays
 * unmapped. A line matched to text inside a branch is also left unmapped when an action outside that branch could
 * have printed the same text ({@link #unlessPrinted}). (A diff library yields one alignment; this needs to know
 * whether it is the only one, so it keeps the forward and backward tables of the one dynamic program.) Documents
 * too large for that ({@link #MAX_CELLS}) are not mapped at all.
 */
final class TemplateAlignment {

    /** Template lines (with a shape) times rendered lines above which nothing is mapped: two int tables of this. */
    static final int MAX_CELLS = 2_000_000;

    /** {@code key: }, {@code - key: } or {@code - } before a hole that is the whole value of its line. */
    private static final Pattern KEY_PREFIX = Pattern.compile(
            "\\s*(?:-\\s+)?(?:(?:\"[^\"]*\"|'[^']*'|[^\\s#:{}\\[\\],\"'][^#:{}\\[\\],]*?):\\s+)?");

    /**
     * A rendered place found in the template (1-based, end exclusive). {@code value}: the action that writes the
     * whole value of a {@code key: {{ action }}} line, and {@code printed}: what it printed there; else null.
     */
    record Mapped(int line, int column, int endLine, int endColumn, Action value, String printed) {}

    private final List<String> templateLines;
    private final List<String> rendered;
    private final Compiled[] compiled;
    private final int[] lineOf;

    private TemplateAlignment(List<String> templateLines, List<String> rendered, Compiled[] compiled, int[] lineOf) {
        this.templateLines = templateLines;
        this.rendered = rendered;
        this.compiled = compiled;
        this.lineOf = lineOf;
    }

    /** Aligns one rendered document ({@code rendered}, its lines) with the template it came from. */
    static TemplateAlignment align(GoTemplate template, List<String> templateLines, List<String> rendered) {
        Compiled[] compiled = new Compiled[template.lineCount()];
        List<Integer> candidates = new ArrayList<>();
        for (int line = 0; line < compiled.length; line++) {
            Shape shape = template.shape(line);
            if (shape != null) {
                compiled[line] = new Compiled(shape);
                candidates.add(line);
            }
        }
        int m = candidates.size();
        int n = rendered.size();
        int[] lineOf = new int[n];
        Arrays.fill(lineOf, -1);
        if (m == 0 || n == 0 || (long) (m + 1) * (n + 1) > MAX_CELLS) {
            return new TemplateAlignment(templateLines, rendered, compiled, lineOf);
        }
        boolean[] match = new boolean[m * n];
        for (int i = 0; i < m; i++) {
            Compiled shape = compiled[candidates.get(i)];
            for (int j = 0; j < n; j++) {
                match[i * n + j] = shape.starts(rendered.get(j)) != null;
            }
        }
        int width = n + 1;
        int[] forward = new int[(m + 1) * width];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int best = Math.max(forward[(i - 1) * width + j], forward[i * width + j - 1]);
                if (match[(i - 1) * n + j - 1]) {
                    best = Math.max(best, forward[(i - 1) * width + j - 1] + 1);
                }
                forward[i * width + j] = best;
            }
        }
        int[] backward = new int[(m + 1) * width];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int best = Math.max(backward[(i + 1) * width + j], backward[i * width + j + 1]);
                if (match[i * n + j]) {
                    best = Math.max(best, backward[(i + 1) * width + j + 1] + 1);
                }
                backward[i * width + j] = best;
            }
        }
        int total = forward[m * width + n];
        for (int j = 0; j < n; j++) {
            int only = -1;
            boolean certain = true;
            for (int i = 0; i <= m && certain; i++) {
                if (forward[i * width + j] + backward[i * width + j + 1] == total) {
                    certain = false; // some longest alignment leaves rendered line j unmatched
                } else if (i < m && match[i * n + j]
                        && forward[i * width + j] + 1 + backward[(i + 1) * width + j + 1] == total) {
                    certain = only < 0;
                    only = i;
                }
            }
            if (certain && only >= 0) {
                lineOf[j] = candidates.get(only);
            }
        }
        return new TemplateAlignment(templateLines, rendered, compiled, unlessPrinted(template, lineOf));
    }

    /**
     * Drops the lines an action could have printed instead. A line matched to template text inside a branch
     * ({@code if}, {@code with}, {@code range}) that does not also hold the nearest mapped line before or after it
     * may not have been written at all; when an action that may print whole lines, outside that branch, stands
     * between those mapped lines, it could have printed the text instead. Text that is written whenever the lines
     * around it are is written once, so a second rendered line it could match already made it ambiguous.
     */
    private static int[] unlessPrinted(GoTemplate template, int[] lineOf) {
        int[] kept = lineOf.clone();
        for (int j = 0; j < lineOf.length; j++) {
            int line = lineOf[j];
            if (line < 0 || template.branches(line).length == 0) {
                continue;
            }
            int[] branches = template.branches(line);
            int before = -1;
            for (int k = j - 1; k >= 0 && before < 0; k--) {
                before = lineOf[k];
            }
            int after = -1;
            for (int k = j + 1; k < lineOf.length && after < 0; k++) {
                after = lineOf[k];
            }
            if ((before >= 0 && GoTemplate.encloses(branches, template.branches(before)))
                    || (after >= 0 && GoTemplate.encloses(branches, template.branches(after)))) {
                continue; // written whenever its neighbour is
            }
            for (int t = Math.max(before, 0); t < (after < 0 ? template.lineCount() : after); t++) {
                int[] emitter = template.emitterBranches(t);
                if (t != line && emitter != null && !GoTemplate.encloses(branches, emitter)) {
                    kept[j] = -1;
                    break;
                }
            }
        }
        return kept;
    }

    /** The 0-based template line that certainly wrote 0-based rendered line {@code line}, or -1. */
    int templateLine(int line) {
        return line >= 0 && line < lineOf.length ? lineOf[line] : -1;
    }

    /**
     * Where a rendered span (1-based, end exclusive) was written in the template, or null when its start line is not
     * certain. A column inside an action's output maps to the whole action; a column that cannot be told (the line's
     * holes could split its text more than one way) maps to the template line's text.
     */
    Mapped locate(int line, int column, int endLine, int endColumn) {
        int start = templateLine(line - 1);
        if (start < 0) {
            return null;
        }
        Compiled shape = compiled[start];
        String text = rendered.get(line - 1);
        int[] starts = shape.starts(text);
        boolean unique = starts != null && Arrays.equals(starts, shape.lastStarts(text));
        int[] from = unique ? shape.position(start, text, starts, column - 1) : null;
        if (from == null) {
            from = lineSpan(start);
        }
        int[] to;
        if (endLine == line && endColumn <= column) {
            to = new int[] {start, from[1]};
        } else if (endLine == line) {
            int[] last = unique ? shape.position(start, text, starts, endColumn - 2) : null;
            to = last == null ? new int[] {start, lineSpan(start)[2]} : new int[] {start, last[2]};
        } else {
            to = endOf(endLine, endColumn, start);
        }
        if (to[0] == start && to[1] < from[1]) {
            to = new int[] {start, from[2]};
        }
        Action value = null;
        String printed = null;
        if (unique && shape.groups.size() == 1 && shape.groups.get(0).size() == 1 && !shape.sharedTail
                && shape.segments.get(1).isBlank() && KEY_PREFIX.matcher(shape.segments.get(0)).matches()) {
            value = shape.groups.get(0).get(0);
            printed = text.stripTrailing().substring(starts[0] + shape.segments.get(0).length());
        }
        return new Mapped(start + 1, from[1] + 1, to[0] + 1, to[1] + 1, value, printed);
    }

    /** The end of a span on a later rendered line: there when that line is certain too, else the start line's end. */
    private int[] endOf(int endLine, int endColumn, int startLine) {
        int line = templateLine(endLine - 1);
        if (line <= startLine) {
            return new int[] {startLine, lineSpan(startLine)[2]};
        }
        Compiled shape = compiled[line];
        String text = rendered.get(endLine - 1);
        int[] starts = shape.starts(text);
        if (endColumn <= 1) {
            return new int[] {line, 0};
        }
        int[] last = starts != null && Arrays.equals(starts, shape.lastStarts(text))
                ? shape.position(line, text, starts, endColumn - 2) : null;
        return last == null ? new int[] {line, lineSpan(line)[2]} : new int[] {line, last[2]};
    }

    /** {line, first non-blank column, end of text} of a template line, 0-based. */
    private int[] lineSpan(int line) {
        String text = templateLines.get(line);
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return new int[] {line, first, Math.max(first, text.stripTrailing().length())};
    }

    /** A shape as literal segments with groups of holes between them: seg0 group1 seg1 ... groupK segK. */
    private static final class Compiled {
        final List<String> segments = new ArrayList<>();
        final List<List<Piece>> segmentPieces = new ArrayList<>();
        final List<List<Action>> groups = new ArrayList<>();
        final boolean sharedTail;

        Compiled(Shape shape) {
            this.sharedTail = shape.sharedTail();
            StringBuilder segment = new StringBuilder();
            List<Piece> pieces = new ArrayList<>();
            List<Action> group = null;
            for (Piece piece : shape.pieces()) {
                if (piece.literal()) {
                    if (group != null) {
                        groups.add(group);
                        group = null;
                    }
                    segment.append(piece.text());
                    pieces.add(piece);
                } else {
                    if (group == null) {
                        segments.add(segment.toString());
                        segmentPieces.add(pieces);
                        segment = new StringBuilder();
                        pieces = new ArrayList<>();
                        group = new ArrayList<>();
                    }
                    group.add(piece.action());
                }
            }
            if (group != null) {
                groups.add(group);
            }
            segments.add(segment.toString().stripTrailing());
            segmentPieces.add(pieces);
        }

        /** Where each segment starts in {@code line} when it matches, placing each as far left as it can go. */
        int[] starts(String line) {
            String text = line.stripTrailing();
            int k = groups.size();
            if (k == 0) {
                return text.equals(segments.get(0)) ? new int[] {0} : null;
            }
            String last = segments.get(k);
            int end = text.length() - last.length();
            if (!text.startsWith(segments.get(0)) || end < segments.get(0).length() || !text.endsWith(last)) {
                return null;
            }
            int[] starts = new int[k + 1];
            int at = segments.get(0).length();
            for (int s = 1; s < k; s++) {
                int found = text.indexOf(segments.get(s), at);
                if (found < 0 || found + segments.get(s).length() > end) {
                    return null;
                }
                starts[s] = found;
                at = found + segments.get(s).length();
            }
            starts[k] = end;
            return starts;
        }

        /** As {@link #starts}, placing each segment as far right as it can go; equal to it when the split is unique. */
        int[] lastStarts(String line) {
            String text = line.stripTrailing();
            int k = groups.size();
            int[] starts = new int[k + 1];
            if (k == 0) {
                return starts;
            }
            int limit = text.length() - segments.get(k).length();
            starts[k] = limit;
            for (int s = k - 1; s >= 1; s--) {
                int found = text.lastIndexOf(segments.get(s), limit - segments.get(s).length());
                starts[s] = found;
                limit = found;
            }
            return starts;
        }

        /**
         * The template place of 0-based rendered offset {@code at}: {line, column, end column} (0-based, end
         * exclusive), or null when it is in text another template line wrote.
         */
        int[] position(int line, String text, int[] starts, int at) {
            String stripped = text.stripTrailing();
            if (at >= stripped.length() || at < 0) {
                Piece end = lastPiece();
                if (end == null) {
                    return null;
                }
                int column = end.literal() ? end.column() + end.text().stripTrailing().length() : end.action().endColumn();
                return end.line() == line ? new int[] {line, column, column} : null;
            }
            for (int s = groups.size(); s >= 0; s--) {
                if (at >= starts[s] + segments.get(s).length()) {
                    List<Action> group = groups.get(s);
                    Action first = group.get(0);
                    Action last = group.get(group.size() - 1);
                    return first.line() == line && last.line() == line
                            ? new int[] {line, first.column(), last.endColumn()} : null;
                }
                if (at >= starts[s]) {
                    int offset = at - starts[s];
                    for (Piece piece : segmentPieces.get(s)) {
                        if (offset < piece.text().length()) {
                            return piece.line() == line
                                    ? new int[] {line, piece.column() + offset, piece.column() + offset + 1} : null;
                        }
                        offset -= piece.text().length();
                    }
                    return null;
                }
            }
            return null;
        }

        private Piece lastPiece() {
            for (int s = groups.size(); s >= 0; s--) {
                List<Piece> pieces = segmentPieces.get(s);
                for (int p = pieces.size() - 1; p >= 0; p--) {
                    if (!pieces.get(p).blank()) {
                        return pieces.get(p);
                    }
                }
                if (s > 0) {
                    List<Action> group = groups.get(s - 1);
                    return new Piece(null, group.get(group.size() - 1).line(), 0, group.get(group.size() - 1));
                }
            }
            return null;
        }
    }
}
