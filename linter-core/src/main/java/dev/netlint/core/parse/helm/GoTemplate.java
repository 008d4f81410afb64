package dev.netlint.core.parse.helm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Helm template's text read the way Go's {@code text/template} writes it, to tell for each template line what the
 * output line it becomes looks like: its literal text, with holes where actions print ({@link Shape}).
 * <p>
 * The text is simulated once with every branch taken and every action that prints replaced by a hole: trim markers
 * ({@code {{-}}, {@code -}}}) remove whitespace and newlines as Go does, actions that print nothing ({@code if},
 * {@code range}, {@code end}, comments, {@code $x := ...}) leave nothing, and the bodies of {@code define} stay out.
 * A template line gets a shape only when one output line holds its text and no other line's text; a line joined to
 * another by a trim marker, touched by an action that spans lines, or made only of actions has none, so nothing is
 * ever aligned with it. Which output lines a shape really matches is {@link TemplateAlignment}'s business.
 */
final class GoTemplate {

    /** An action {@code {{ ... }}}: 0-based template line and column of its start and end (exclusive), its body. */
    record Action(int line, int column, int endLine, int endColumn, String body, boolean prints, boolean inRangeOrWith) {

        boolean multiLine() {
            return endLine != line;
        }
    }

    /** Literal text written at a 0-based template line and column, or (text null) the output of a printing action. */
    record Piece(String text, int line, int column, Action action) {

        boolean literal() {
            return action == null;
        }

        boolean blank() {
            return literal() && text.isBlank();
        }
    }

    /**
     * What a 0-based template line becomes when rendered once: literal pieces and holes, in order. {@code sharedTail}:
     * actions of later lines may print onto the same output line after the last hole.
     */
    record Shape(int line, List<Piece> pieces, boolean sharedTail) {}

    private static final Pattern DECLARATION = Pattern.compile("^\\$[A-Za-z0-9_]*\\s*:?=(?!=).*", Pattern.DOTALL);
    private static final Pattern ACTIONS = Pattern.compile("\\{\\{.*?}}");
    /** Functions whose output usually runs over several lines. */
    private static final Pattern MULTI_LINE = Pattern.compile(
            "(?<![\\w.])(?:nindent|indent|toYaml|toPrettyJson|toToml|tpl)\\b|\\.Files\\.");
    private static final List<String> SILENT = List.of("if", "else", "end", "range", "with", "define", "break",
            "continue");

    private final Shape[] shapes;
    private final int[][] textBranches;
    private final int[][] emitterBranches;

    private GoTemplate(Shape[] shapes, int[][] textBranches, int[][] emitterBranches) {
        this.shapes = shapes;
        this.textBranches = textBranches;
        this.emitterBranches = emitterBranches;
    }

    /**
     * The branches that hold the text of 0-based {@code line}, outermost first: one id for each {@code if},
     * {@code with} or {@code range} body around it ({@code else} opens a new one). Empty when the text is written
     * whenever the template runs; null when the line has no text.
     */
    int[] branches(int line) {
        return textBranches[line];
    }

    /**
     * As {@link #branches}, for an action on 0-based {@code line} whose output may run onto lines of their own: one
     * that prints with nothing but actions after it, and either no text before it ({@code {{ include "x" . }}}) or
     * a function that writes several lines ({@code toYaml}, {@code nindent}, {@code tpl}); null when the line has
     * no such action.
     */
    int[] emitterBranches(int line) {
        return emitterBranches[line];
    }

    /** True when every branch of {@code outer} holds {@code inner} too: whenever inner is written, outer is. */
    static boolean encloses(int[] outer, int[] inner) {
        return outer != null && inner != null && outer.length <= inner.length
                && Arrays.equals(outer, 0, outer.length, inner, 0, outer.length);
    }

    /** The shape of 0-based template line {@code line}, or null when its output line cannot be told. */
    Shape shape(int line) {
        return line >= 0 && line < shapes.length ? shapes[line] : null;
    }

    int lineCount() {
        return shapes.length;
    }

    /** Reads a template; null when its actions cannot be read (an unclosed action, string or comment). */
    static GoTemplate parse(String text) {
        int[] lineStarts = lineStarts(text);
        List<int[]> spans = new ArrayList<>(); // start, end (exclusive), body start, body end, trimLeft, trimRight
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int[] span = action(text, open);
            if (span == null) {
                return null;
            }
            spans.add(span);
            from = span[1];
        }
        boolean[] opaque = new boolean[lineStarts.length];
        int[][] textBranches = new int[lineStarts.length][];
        int[][] emitterBranches = new int[lineStarts.length][];
        Deque<Integer> branches = new ArrayDeque<>();
        int branchIds = 0;
        List<List<Piece>> output = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        int textStart = 0;
        for (int a = 0; a <= spans.size(); a++) {
            int[] span = a < spans.size() ? spans.get(a) : null;
            int textEnd = span == null ? text.length() : span[0];
            int start = textStart;
            int end = textEnd;
            if (a > 0 && spans.get(a - 1)[5] == 1) {
                while (start < end && isSpace(text.charAt(start))) {
                    start++;
                }
            }
            if (span != null && span[4] == 1) {
                while (end > start && isSpace(text.charAt(end - 1))) {
                    end--;
                }
            }
            boolean hidden = blocks.contains("define") || blocks.contains("block");
            if (!hidden) {
                current = literal(text, start, end, lineStarts, output, current, textBranches, chain(branches));
            }
            if (span == null) {
                break;
            }
            String body = text.substring(span[2], span[3]).strip();
            String keyword = keyword(body);
            boolean prints = !body.startsWith("/*") && !SILENT.contains(keyword) && !DECLARATION.matcher(body).matches();
            int line = lineOf(lineStarts, span[0]);
            int endLine = lineOf(lineStarts, span[1] - 1);
            Action action = new Action(line, span[0] - lineStarts[line], endLine, span[1] - lineStarts[endLine], body,
                    prints, blocks.contains("range") || blocks.contains("with"));
            if (action.multiLine()) {
                Arrays.fill(opaque, line, endLine + 1, true);
            }
            if (prints && !hidden) {
                current.add(new Piece(null, line, action.column(), action));
                int lineEnd = text.indexOf('\n', span[1]);
                String before = text.substring(lineStarts[line], span[0]);
                String after = text.substring(span[1], lineEnd < 0 ? text.length() : lineEnd);
                if (ACTIONS.matcher(after).replaceAll("").isBlank()
                        && (ACTIONS.matcher(before).replaceAll("").isBlank() || MULTI_LINE.matcher(body).find())) {
                    emitterBranches[line] = chain(branches);
                    emitterBranches[endLine] = chain(branches);
                }
            }
            if (keyword.equals("end")) {
                blocks.poll();
                branches.poll();
            } else if (keyword.equals("else") && !branches.isEmpty()) {
                branches.pop();
                branches.push(++branchIds);
            } else if (List.of("if", "range", "with", "define", "block").contains(keyword)) {
                blocks.push(keyword);
                branches.push(++branchIds);
            }
            textStart = span[1];
        }
        output.add(current);
        Shape[] shapes = new Shape[lineStarts.length];
        for (List<Piece> pieces : output) {
            shapeOf(pieces, shapes, opaque);
        }
        for (int line = 0; line < shapes.length; line++) {
            if (opaque[line]) {
                shapes[line] = null;
            }
        }
        return new GoTemplate(shapes, textBranches, emitterBranches);
    }

    /**
     * Adds literal text to the output lines, one piece per template line, noting the branches of lines with text
     * that is not blank; returns the output line being built.
     */
    private static List<Piece> literal(String text, int start, int end, int[] lineStarts, List<List<Piece>> output,
                                       List<Piece> current, int[][] textBranches, int[] branches) {
        int at = start;
        while (at < end) {
            int newline = text.indexOf('\n', at);
            int stop = newline < 0 || newline >= end ? end : newline;
            if (stop > at) {
                int line = lineOf(lineStarts, at);
                Piece piece = new Piece(text.substring(at, stop), line, at - lineStarts[line], null);
                current.add(piece);
                if (!piece.blank() && textBranches[line] == null) {
                    textBranches[line] = branches;
                }
            }
            if (stop == newline) {
                output.add(current);
                current = new ArrayList<>();
                at = newline + 1;
            } else {
                at = stop;
            }
        }
        return current;
    }

    /**
     * Makes the shape of the line that owns an output line (the first with text or a hole in it), or marks every
     * line with text in it opaque when it mixes the text of several template lines.
     */
    private static void shapeOf(List<Piece> pieces, Shape[] shapes, boolean[] opaque) {
        int first = -1;
        for (int i = 0; i < pieces.size() && first < 0; i++) {
            if (!pieces.get(i).blank()) {
                first = i;
            }
        }
        if (first < 0) {
            return; // blank: nothing to align
        }
        int owner = pieces.get(first).line();
        int last = first;
        boolean tail = false;
        boolean conflict = false;
        for (int i = first; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.blank()) {
                continue;
            }
            boolean own = piece.line() == owner && (piece.literal() || !piece.action().multiLine());
            if (own && !tail) {
                last = i;
            } else if (!piece.literal() && !own) {
                tail = true; // a later line's action printing onto this output line (after {{- at its start)
            } else {
                conflict = true;
            }
        }
        List<Piece> kept = pieces.subList(0, last + 1);
        boolean text = kept.stream().anyMatch(p -> p.literal() && !p.blank());
        if (conflict) {
            for (Piece piece : pieces) {
                if (!piece.blank()) {
                    opaque[piece.line()] = true;
                }
            }
        } else if (shapes[owner] != null) {
            opaque[owner] = true;
        } else if (text) {
            shapes[owner] = new Shape(owner, List.copyOf(kept), tail && !kept.get(kept.size() - 1).literal());
        }
    }

    /**
     * The action that starts at {@code open}: {start, end, body start, body end, trim left, trim right}, or null
     * when it is not closed. Strings, raw strings and character constants may hold {@code }}}; comments end at
     * {@code *}/}.
     */
    private static int[] action(String text, int open) {
        int n = text.length();
        boolean trimLeft = open + 3 < n && text.charAt(open + 2) == '-' && isSpace(text.charAt(open + 3));
        int bodyStart = open + (trimLeft ? 4 : 2);
        int at = bodyStart;
        if (text.startsWith("/*", at)) {
            int close = text.indexOf("*/", at + 2);
            if (close < 0) {
                return null;
            }
            at = close + 2;
        }
        while (at < n) {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                at = endOfQuoted(text, at, c);
                if (at < 0) {
                    return null;
                }
            } else if (c == '`') {
                int close = text.indexOf('`', at + 1);
                if (close < 0) {
                    return null;
                }
                at = close + 1;
            } else if (text.startsWith("}}", at)) {
                boolean trimRight = at - 2 >= bodyStart && text.charAt(at - 1) == '-' && isSpace(text.charAt(at - 2));
                return new int[] {open, at + 2, bodyStart, trimRight ? at - 2 : at, trimLeft ? 1 : 0, trimRight ? 1 : 0};
            } else {
                at++;
            }
        }
        return null;
    }

    private static int endOfQuoted(String text, int open, char quote) {
        for (int at = open + 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == quote) {
                return at + 1;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The open branches, outermost first. */
    private static int[] chain(Deque<Integer> branches) {
        int[] chain = new int[branches.size()];
        java.util.Iterator<Integer> outermostFirst = branches.descendingIterator();
        for (int i = 0; i < chain.length; i++) {
            chain[i] = outermostFirst.next();
        }
        return chain;
    }

    private static String keyword(String body) {
        int end = 0;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        return body.substring(0, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
