package dev.netlint.core.suppress;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One path pattern in the glob dialect of {@link java.nio.file.FileSystem#getPathMatcher} ({@code glob:}), matched in
 * time linear in the length of the path (times the length of the pattern), whatever the pattern: {@code *} any run
 * of characters within one folder name, {@code **} any run across folders, {@code ?} one character other than
 * {@code /}, {@code [a-z]} and {@code [!a-z]} one character of (or not of) a class, never {@code /}, {@code {a,b}}
 * either branch (groups do not nest), {@code \} takes the next character literally.
 * <p>
 * The JDK turns a glob into a regular expression, and its backtracking engine takes time exponential in the number
 * of stars on a name that almost matches ({@code *a*a*a*a*a*a*a*a*a*a*a*b} on a long file name of {@code a}s). Here
 * the pattern is compiled to a small program of character tests and jumps that is run on all its states at once, one
 * character of the path at a time, so no input can make it slow.
 */
public final class Glob {

    private enum Op { CHAR, NOT_SLASH, ANY, CLASS, SPLIT, JUMP, MATCH }

    /** One instruction; {@code x} and {@code y} are jump targets, {@code c} the character, {@code ranges} a class. */
    private record Instruction(Op op, char c, int x, int y, char[] ranges, boolean negated) {}

    private final String pattern;
    private final Instruction[] program;

    private Glob(String pattern, List<Instruction> program) {
        this.pattern = pattern;
        this.program = program.toArray(Instruction[]::new);
    }

    /** Compiles a glob; throws IllegalArgumentException with the reason when it is not a valid one. */
    public static Glob compile(String pattern) {
        return new Compiler(pattern).compile();
    }

    public String pattern() {
        return pattern;
    }

    /** True when the whole of {@code path} ({@code /}-separated) matches. */
    public boolean matches(String path) {
        int size = program.length;
        BitSet current = new BitSet(size);
        BitSet next = new BitSet(size);
        int[] stack = new int[size];
        add(current, 0, stack);
        for (int i = 0; i < path.length() && !current.isEmpty(); i++) {
            char ch = path.charAt(i);
            next.clear();
            for (int pc = current.nextSetBit(0); pc >= 0; pc = current.nextSetBit(pc + 1)) {
                Instruction in = program[pc];
                boolean step = switch (in.op()) {
                    case CHAR -> in.c() == ch;
                    case NOT_SLASH -> ch != '/';
                    case ANY -> true;
                    case CLASS -> ch != '/' && inClass(in, ch);
                    default -> false;
                };
                if (step) {
                    add(next, pc + 1, stack);
                }
            }
            BitSet swap = current;
            current = next;
            next = swap;
        }
        for (int pc = current.nextSetBit(0); pc >= 0; pc = current.nextSetBit(pc + 1)) {
            if (program[pc].op() == Op.MATCH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds {@code start} and every state reachable from it without reading a character. Each state is entered at
     * most once per step (jumps and splits stay marked too), so a pattern of many empty branches stays linear.
     */
    private void add(BitSet states, int start, int[] stack) {
        if (states.get(start)) {
            return;
        }
        int top = 0;
        states.set(start);
        stack[top++] = start;
        while (top > 0) {
            Instruction in = program[stack[--top]];
            if (in.op() == Op.JUMP || in.op() == Op.SPLIT) {
                if (in.op() == Op.SPLIT && !states.get(in.y())) {
                    states.set(in.y());
                    stack[top++] = in.y();
                }
                if (!states.get(in.x())) {
                    states.set(in.x());
                    stack[top++] = in.x();
                }
            }
        }
    }

    private static boolean inClass(Instruction in, char ch) {
        char[] ranges = in.ranges();
        boolean found = false;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ch >= ranges[i] && ch <= ranges[i + 1]) {
                found = true;
                break;
            }
        }
        return found != in.negated();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Turns the pattern into the program, checking it the way the JDK's glob translation does. */
    private static final class Compiler {
        private final String glob;
        private final List<Instruction> out = new ArrayList<>();
        private int i;

        Compiler(String glob) {
            this.glob = glob;
        }

        Glob compile() {
            List<Integer> groupJumps = null;
            int groupSplit = -1;
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                switch (c) {
                    case '\\' -> {
                        if (i == glob.length()) {
                            throw new IllegalArgumentException("no character to escape at index " + (i - 1));
                        }
                        emit(Op.CHAR, glob.charAt(i++));
                    }
                    case '[' -> compileClass();
                    case '{' -> {
                        if (groupJumps != null) {
                            throw new IllegalArgumentException("groups cannot nest, at index " + (i - 1));
                        }
                        groupJumps = new ArrayList<>();
                        groupSplit = out.size();
                        out.add(null); // SPLIT to this branch and the next, filled in at ',' or '}'
                    }
                    case ',' -> {
                        if (groupJumps == null) {
                            emit(Op.CHAR, c);
                        } else {
                            groupJumps.add(out.size());
                            out.add(null); // JUMP past the group, filled in at '}'
                            out.set(groupSplit, new Instruction(Op.SPLIT, '\0', groupSplit + 1, out.size(), null, false));
                            groupSplit = out.size();
                            out.add(null);
                        }
                    }
                    case '}' -> {
                        if (groupJumps == null) {
                            emit(Op.CHAR, c);
                        } else {
                            // the last branch: its split only leads into it
                            out.set(groupSplit, new Instruction(Op.JUMP, '\0', groupSplit + 1, 0, null, false));
                            for (int jump : groupJumps) {
                                out.set(jump, new Instruction(Op.JUMP, '\0', out.size(), 0, null, false));
                            }
                            groupJumps = null;
                        }
                    }
                    case '*' -> {
                        boolean across = i < glob.length() && glob.charAt(i) == '*';
                        if (across) {
                            i++;
                        }
                        int loop = out.size();
                        out.add(new Instruction(Op.SPLIT, '\0', loop + 1, loop + 3, null, false));
                        out.add(new Instruction(across ? Op.ANY : Op.NOT_SLASH, '\0', 0, 0, null, false));
                        out.add(new Instruction(Op.JUMP, '\0', loop, 0, null, false));
                    }
                    case '?' -> out.add(new Instruction(Op.NOT_SLASH, '\0', 0, 0, null, false));
                    default -> emit(Op.CHAR, c);
                }
            }
            if (groupJumps != null) {
                throw new IllegalArgumentException("missing '}'");
            }
            out.add(new Instruction(Op.MATCH, '\0', 0, 0, null, false));
            return new Glob(glob, out);
        }

        private void emit(Op op, char c) {
            out.add(new Instruction(op, c, 0, 0, null, false));
        }

        /** {@code [abc]}, {@code [a-z]}, {@code [!a-z]}; a {@code -} first is literal, {@code /} is not allowed. */
        private void compileClass() {
            int start = i - 1;
            boolean negated = false;
            StringBuilder ranges = new StringBuilder();
            if (i < glob.length() && glob.charAt(i) == '^') {
                ranges.append("^^");
                i++;
            } else {
                if (i < glob.length() && glob.charAt(i) == '!') {
                    negated = true;
                    i++;
                }
                if (i < glob.length() && glob.charAt(i) == '-') {
                    ranges.append("--");
                    i++;
                }
            }
            boolean closed = false;
            boolean hasRangeStart = false;
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                if (c == ']') {
                    closed = true;
                    break;
                }
                if (c == '/') {
                    throw new IllegalArgumentException("'/' inside a character class, at index " + (i - 1));
                }
                if (c == '-') {
                    if (!hasRangeStart) {
                        throw new IllegalArgumentException("invalid range at index " + (i - 1));
                    }
                    if (i >= glob.length()) {
                        break;
                    }
                    char end = glob.charAt(i++);
                    if (end == ']') {
                        ranges.append("--"); // [a-] is a or -
                        closed = true;
                        break;
                    }
                    char from = ranges.charAt(ranges.length() - 2);
                    if (end < from) {
                        throw new IllegalArgumentException("invalid range at index " + (i - 3));
                    }
                    ranges.setCharAt(ranges.length() - 1, end);
                    hasRangeStart = false;
                } else {
                    ranges.append(c).append(c);
                    hasRangeStart = true;
                }
            }
            if (!closed) {
                throw new IllegalArgumentException("missing ']' for the class at index " + start);
            }
            out.add(new Instruction(Op.CLASS, '\0', 0, 0, ranges.toString().toCharArray(), negated));
        }
    }
}
