package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for HCL's native syntax (hashicorp/hcl {@code hclsyntax/spec.md}): bodies of attributes
 * and blocks, the whole expression language and the template language, producing netlint's positioned tree. Written
 * for netlint (issue 13) after HCL4j proved unable to read valid Terraform.
 *
 * <p>The first syntax error ends the parse with a {@link Failure} at its exact span, with Terraform's summary and
 * detail for the same mistake. Hostile input is refused by limits that do not depend on the machine: at most
 * {@link #MAX_DEPTH} nested constructs and {@link #MAX_TOKENS} tokens per text. Every token is scanned a bounded
 * number of times (one token of lookahead, two for object keys), so time and memory are linear in the input.
 *
 * <p>Newlines are significant in bodies and object constructors and ignored inside parentheses, brackets, function
 * arguments, interpolations and {@code for} expressions, as in Terraform.
 */
final class HclParser {

    /** Nesting of blocks, brackets, parentheses, templates and operators beyond which a file is refused. */
    static final int MAX_DEPTH = 256;
    /**
     * Tokens per file (line ends not counted) beyond which a file is refused (some 5 MB of dense Terraform), bounding
     * the tree's memory.
     */
    static final int MAX_TOKENS = 1_000_000;

    /** Turns offsets of the parsed text into locations. */
    @FunctionalInterface
    interface Spans {
        Location span(int start, int end);
    }

    /** A syntax error or refused input: a message at the span {@code [start, end)}. Carries no stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int start;
        final int end;

        Failure(String message, int start, int end) {
            super(message, null, false, false);
            this.start = start;
            this.end = end;
        }
    }

    private final HclScanner scanner;
    private final char[] text;
    private final int length;
    private final Spans spans;

    /** The offset of the next unread character. */
    private int pos;
    /** The end of the last token consumed: where the expression just parsed ends. */
    private int lastEnd;
    /** Whether line ends are white space in the current context. */
    private boolean skipNewlines;
    private int depth;
    private int tokens;

    private int peekType;
    private int peekStart;
    private int peekEnd;
    private int peekPos = -1;
    private boolean peekMode;

    HclParser(char[] text, int length, Spans spans) {
        this.scanner = new HclScanner(text, length);
        this.text = text;
        this.length = length;
        this.spans = spans;
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private int peek() {
        if (peekPos != pos || peekMode != skipNewlines) {
            scanner.scan(pos, skipNewlines);
            peekType = scanner.type;
            peekStart = scanner.start;
            peekEnd = scanner.end;
            peekPos = pos;
            peekMode = skipNewlines;
        }
        return peekType;
    }

    /** Consumes the peeked token. */
    private void next() {
        // line ends build no tree node, so they do not count against the limit, which bounds the tree's size: a file
        // of blank lines is bounded by its size alone
        if (peek() != HclScanner.NEWLINE) {
            count(peekEnd);
        }
        pos = peekEnd;
        lastEnd = peekEnd;
    }

    private void count(int at) {
        if (++tokens > MAX_TOKENS) {
            throw new Failure("Too many tokens: the file has more than " + MAX_TOKENS
                    + " tokens, netlint's limit for one Terraform file; it is not linted", at, at);
        }
    }

    /** Moves to {@code offset} while reading template text, which has no tokens. */
    private void moveTo(int offset) {
        pos = offset;
        lastEnd = offset;
    }

    private boolean peekIs(int type, String word) {
        if (peek() != type || peekEnd - peekStart != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text[peekStart + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String peekText() {
        peek();
        return new String(text, peekStart, peekEnd - peekStart);
    }

    private Location span(int start, int end) {
        return spans.span(start, end);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            peek();
            throw new Failure("Too deeply nested: blocks and expressions nest more than " + MAX_DEPTH
                    + " levels, netlint's limit; the file is not linted", peekStart, peekEnd);
        }
    }

    private void exit() {
        depth--;
    }

    /** Fails at the peeked token; a character the language does not use gets its own message. */
    private Failure unexpected(String summaryAndDetail) {
        peek();
        if (peekType == HclScanner.INVALID) {
            return new Failure("Invalid character: This character ('" + new String(text, peekStart, peekEnd - peekStart)
                    + "') is not used within the language.", peekStart, peekEnd);
        }
        if (peekType == HclScanner.UNTERMINATED_COMMENT) {
            return new Failure("Unterminated comment: There is no \"*/\" closing this comment before the end of"
                    + " the file.", peekStart, peekEnd);
        }
        return new Failure(summaryAndDetail, peekStart, peekEnd);
    }

    // ------------------------------------------------------------------------------------------------ structure

    /** A whole file: a body up to the end of the text. */
    HclBody file() {
        skipNewlines = false;
        return body(-1, -1);
    }

    /** A body; {@code openStart < 0} for the top level, else the offsets of the block's opening brace. */
    private HclBody body(int openStart, int openEnd) {
        List<HclAttribute> attributes = new ArrayList<>();
        List<HclBlock> blocks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        while (true) {
            int type = peek();
            if (type == HclScanner.NEWLINE) {
                next();
            } else if (type == HclScanner.RBRACE && openStart >= 0) {
                next();
                break;
            } else if (type == HclScanner.EOF) {
                if (openStart >= 0) {
                    throw new Failure("Unclosed configuration block: There is no closing brace for this block"
                            + " before the end of the file. This may be caused by incorrect brace nesting elsewhere"
                            + " in this file.", openStart, openEnd);
                }
                break;
            } else if (type == HclScanner.IDENT) {
                item(attributes, blocks, seen);
            } else if (type == HclScanner.OQUOTE) {
                throw unexpected("Invalid argument name: Argument names must not be quoted.");
            } else {
                throw unexpected("Argument or block definition required: An argument or block definition is"
                        + " required here.");
            }
        }
        return new HclBody(attributes, blocks);
    }

    private void item(List<HclAttribute> attributes, List<HclBlock> blocks, Map<String, Integer> seen) {
        int nameStart = peekStart;
        int nameEnd = peekEnd;
        String name = peekText();
        next();
        int type = peek();
        if (type == HclScanner.EQUAL) {
            next();
            HclExpr value = expression();
            int valueEnd = lastEnd;
            int after = peek();
            if (after == HclScanner.NEWLINE) {
                next();
            } else if (after == HclScanner.COMMA) {
                throw unexpected("Unexpected comma after argument: Argument definitions must be separated by"
                        + " newlines, not commas. An argument definition must end with a newline.");
            } else if (after != HclScanner.EOF) {
                throw unexpected("Missing newline after argument: An argument definition must end with a newline.");
            }
            Integer earlier = seen.putIfAbsent(name, nameStart);
            if (earlier != null) {
                throw new Failure("Attribute redefined: The argument \"" + name + "\" was already set at line "
                        + span(earlier, earlier).line() + ". Each argument may be set only once.", nameStart, nameEnd);
            }
            attributes.add(new HclAttribute(name, value, span(nameStart, valueEnd)));
        } else if (type == HclScanner.OQUOTE || type == HclScanner.LBRACE || type == HclScanner.IDENT) {
            blocks.add(block(name, nameStart, nameEnd));
        } else {
            throw new Failure("Argument or block definition required: An argument or block definition is required"
                    + " here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    nameStart, nameEnd);
        }
    }

    private HclBlock block(String type, int typeStart, int typeEnd) {
        List<String> labels = new ArrayList<>();
        List<Location> labelLocations = new ArrayList<>();
        int headerEnd = typeEnd;
        while (true) {
            int token = peek();
            if (token == HclScanner.LBRACE) {
                break;
            } else if (token == HclScanner.OQUOTE) {
                int labelStart = peekStart;
                labels.add(stringLiteral());
                headerEnd = lastEnd;
                labelLocations.add(span(labelStart, headerEnd));
            } else if (token == HclScanner.IDENT) {
                labels.add(peekText());
                labelLocations.add(span(peekStart, peekEnd));
                next();
                headerEnd = lastEnd;
            } else if (token == HclScanner.EQUAL) {
                throw unexpected("Invalid block definition: The equals sign \"=\" indicates an argument definition,"
                        + " and must not be used when defining a block.");
            } else if (token == HclScanner.NEWLINE) {
                throw unexpected("Invalid block definition: A block definition must have block content delimited"
                        + " by \"{\" and \"}\", starting on the same line as the block header.");
            } else {
                throw unexpected("Invalid block definition: Either a quoted string block label or an opening brace"
                        + " (\"{\") is expected here.");
            }
        }
        int braceStart = peekStart;
        int braceEnd = peekEnd;
        next();
        enter();
        HclBody body;
        int first = peek();
        if (first == HclScanner.NEWLINE || first == HclScanner.EOF || first == HclScanner.RBRACE) {
            body = body(braceStart, braceEnd);
        } else {
            body = singleLineBody(braceStart, braceEnd);
        }
        exit();
        int after = peek();
        if (after == HclScanner.NEWLINE) {
            next();
        } else if (after != HclScanner.EOF) {
            throw unexpected("Missing newline after block definition: A block definition must end with a newline.");
        }
        return new HclBlock(type, labels, body, span(typeStart, headerEnd), labelLocations);
    }

    /** {@code block { name = value }}: one attribute, closed on the same line. */
    private HclBody singleLineBody(int braceStart, int braceEnd) {
        if (peek() != HclScanner.IDENT) {
            throw unexpected("Argument or block definition required: An argument or block definition is required"
                    + " here.");
        }
        int nameStart = peekStart;
        int nameEnd = peekEnd;
        String name = peekText();
        next();
        int type = peek();
        if (type == HclScanner.OQUOTE || type == HclScanner.LBRACE || type == HclScanner.IDENT) {
            throw new Failure("Argument definition required: A single-line block definition can contain only a"
                    + " single argument. If you meant to define argument \"" + name + "\", use an equals sign to"
                    + " assign it a value. To define a nested block, place it on a line of its own within its parent"
                    + " block.", nameStart, peekEnd);
        }
        if (type != HclScanner.EQUAL) {
            throw new Failure("Argument or block definition required: An argument or block definition is required"
                    + " here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    nameStart, nameEnd);
        }
        next();
        HclExpr value = expression();
        HclAttribute attribute = new HclAttribute(name, value, span(nameStart, lastEnd));
        int close = peek();
        if (close == HclScanner.RBRACE) {
            next();
            return new HclBody(List.of(attribute), List.of());
        }
        if (close == HclScanner.COMMA) {
            throw unexpected("Invalid single-argument block definition: Single-line block syntax can include only"
                    + " one argument definition. To define multiple arguments, use the multi-line block syntax with"
                    + " one argument definition per line.");
        }
        if (close == HclScanner.NEWLINE) {
            throw unexpected("Invalid single-argument block definition: An argument definition on the same line as"
                    + " its containing block creates a single-line block definition, which must also be closed on"
                    + " the same line. Place the block's closing brace immediately after the argument definition.");
        }
        if (close == HclScanner.EOF) {
            throw new Failure("Unclosed configuration block: There is no closing brace for this block before the"
                    + " end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                    braceStart, braceEnd);
        }
        throw unexpected("Invalid single-argument block definition: A single-line block definition must end with a"
                + " closing brace immediately after its single argument definition.");
    }

    /** A quoted string without template sequences (a block label). */
    private String stringLiteral() {
        int open = peekStart;
        next();
        StringBuilder out = new StringBuilder();
        int i = pos;
        while (true) {
            if (i >= length) {
                throw new Failure("Unterminated string literal: Unable to find the closing quote mark before the"
                        + " end of the file.", open, length);
            }
            char c = text[i];
            if (c == '"') {
                count(i);
                moveTo(i + 1);
                return out.toString();
            }
            if (c == '\n' || c == '\r') {
                throw multiLineString(i);
            }
            if ((c == '$' || c == '%') && scanner.at(i + 1) == '{') {
                throw new Failure("Invalid string literal: Template sequences are not allowed in this string. To"
                        + " include a literal \"" + c + "\", double it (as \"" + c + c + "\") to escape it.", i, i + 2);
            }
            int end = quotedLiteralEnd(i);
            decodeQuoted(i, end, out, new Runs(i)); // a block label: its runs are not kept
            i = end;
        }
    }

    private static Failure multiLineString(int at) {
        return new Failure("Invalid multi-line string: Quoted strings may not be split over multiple lines. To"
                + " produce a multi-line string, either use the \\n escape to represent a newline character or use"
                + " the \"heredoc\" multi-line template syntax.", at, at + 1);
    }

    // ------------------------------------------------------------------------------------------------ expressions

    /** One expression: a conditional, a binary operation or a term. */
    HclExpr expression() {
        enter();
        peek();
        int start = peekStart;
        HclExpr condition = binary(1);
        if (peek() != HclScanner.QUESTION) {
            exit();
            return condition;
        }
        next();
        HclExpr whenTrue = expression();
        if (peek() != HclScanner.COLON) {
            throw unexpected("Missing false expression in conditional: The conditional operator (...?...:...)"
                    + " requires a false expression, delimited by a colon.");
        }
        next();
        HclExpr whenFalse = expression();
        exit();
        return new HclExpr.Conditional(condition, whenTrue, whenFalse, span(start, lastEnd));
    }

    /** Binary operations of at least {@code minimum} precedence, left-associative (spec: "Operations"). */
    private HclExpr binary(int minimum) {
        peek();
        int start = peekStart;
        HclExpr left = unary();
        while (true) {
            int type = peek();
            int precedence = precedence(type);
            if (precedence == 0 || precedence < minimum) {
                return left;
            }
            String operator = peekText();
            next();
            HclExpr right = binary(precedence + 1);
            left = new HclExpr.Binary(operator, left, right, span(start, lastEnd));
        }
    }

    /** Binary precedence, higher binds tighter; 0 for a token that is not a binary operator. */
    static int precedence(int type) {
        return switch (type) {
            case HclScanner.OR -> 1;
            case HclScanner.AND -> 2;
            case HclScanner.EQEQ, HclScanner.NOTEQ -> 3;
            case HclScanner.LT, HclScanner.LE, HclScanner.GT, HclScanner.GE -> 4;
            case HclScanner.PLUS, HclScanner.MINUS -> 5;
            case HclScanner.STAR, HclScanner.SLASH, HclScanner.PERCENT -> 6;
            default -> 0;
        };
    }

    /**
     * {@code -x} and {@code !x} bind tighter than any binary operator and apply to one term with its traversals. A
     * minus before a number literal gives the negative literal, as netlint's tree has always held it.
     */
    private HclExpr unary() {
        int type = peek();
        if (type != HclScanner.MINUS && type != HclScanner.BANG) {
            return withTraversals();
        }
        int start = peekStart;
        String operator = type == HclScanner.MINUS ? "-" : "!";
        next();
        enter();
        peek();
        boolean numberNext = peekType == HclScanner.NUMBER;
        HclExpr operand = withTraversals();
        exit();
        if (numberNext && operator.equals("-") && operand instanceof HclExpr.Literal literal
                && literal.value() instanceof BigDecimal number) {
            return new HclExpr.Literal(number.negate(), span(start, lastEnd));
        }
        return new HclExpr.Unary(operator, operand, span(start, lastEnd));
    }

    private HclExpr withTraversals() {
        peek();
        int start = peekStart;
        return traversals(term(), start);
    }

    private HclExpr term() {
        int type = peek();
        int start = peekStart;
        int end = peekEnd;
        switch (type) {
            case HclScanner.LPAREN -> {
                next();
                boolean saved = skipNewlines;
                skipNewlines = true;
                HclExpr inner = expression();
                if (peek() != HclScanner.RPAREN) {
                    throw unexpected("Unbalanced parentheses: Expected a closing parenthesis to terminate the"
                            + " expression.");
                }
                next();
                skipNewlines = saved;
                return new HclExpr.Parenthesized(inner, span(start, lastEnd));
            }
            case HclScanner.NUMBER -> {
                String digits = peekText();
                next();
                return new HclExpr.Literal(new BigDecimal(digits), span(start, end));
            }
            case HclScanner.IDENT -> {
                String name = peekText();
                next();
                int after = peek();
                if (after == HclScanner.LPAREN || after == HclScanner.DCOLON) {
                    return functionCall(name, start, end);
                }
                Location at = span(start, end);
                return switch (name) {
                    case "true" -> new HclExpr.Literal(Boolean.TRUE, at);
                    case "false" -> new HclExpr.Literal(Boolean.FALSE, at);
                    case "null" -> new HclExpr.Literal(null, at);
                    default -> new HclExpr.Traversal(name, List.of(), at);
                };
            }
            case HclScanner.OQUOTE -> {
                next();
                return quotedTemplate(start);
            }
            case HclScanner.OHEREDOC -> {
                next();
                return heredoc(start, end);
            }
            case HclScanner.LBRACK -> {
                return tuple();
            }
            case HclScanner.LBRACE -> {
                return object();
            }
            case HclScanner.MINUS, HclScanner.BANG -> {
                return unary();
            }
            case HclScanner.EOF -> throw new Failure("Missing expression: Expected the start of an expression, but"
                    + " found the end of the file.", start, end);
            default -> throw unexpected("Invalid expression: Expected the start of an expression, but found an"
                    + " invalid expression token.");
        }
    }

    /** Attribute access, index, legacy index and splat steps after a term. */
    private HclExpr traversals(HclExpr term, int start) {
        HclExpr base = term;
        List<HclExpr.TraversalStep> steps = null;
        int stepsEnd = lastEnd;
        while (true) {
            int type = peek();
            if (type == HclScanner.DOT) {
                int dotStart = peekStart;
                scanner.scan(peekEnd, skipNewlines);
                int after = scanner.type;
                if (after == HclScanner.STAR) {
                    base = steps(base, steps, start, stepsEnd);
                    steps = null;
                    next();
                    next();
                    base = attributeSplat(base, start, dotStart);
                    stepsEnd = lastEnd;
                    continue;
                }
                next();
                HclExpr.TraversalStep step = dotStep();
                if (steps == null) {
                    steps = new ArrayList<>();
                }
                steps.add(step);
                stepsEnd = lastEnd;
            } else if (type == HclScanner.LBRACK) {
                int open = peekStart;
                boolean saved = skipNewlines;
                skipNewlines = true;
                scanner.scan(peekEnd, true);
                if (scanner.type == HclScanner.STAR) {
                    base = steps(base, steps, start, stepsEnd);
                    steps = null;
                    next();
                    next();
                    if (peek() != HclScanner.RBRACK) {
                        throw unexpected("Missing close bracket on splat index: The star for a full splat operator"
                                + " must be immediately followed by a closing bracket (\"]\").");
                    }
                    next();
                    skipNewlines = saved;
                    enter();
                    HclExpr each = traversals(new HclExpr.SplatItem(span(open, lastEnd)), open);
                    exit();
                    base = new HclExpr.Splat(base, each, false, span(start, lastEnd));
                    stepsEnd = lastEnd;
                    continue;
                }
                next();
                HclExpr key = expression();
                if (peek() != HclScanner.RBRACK) {
                    throw unexpected("Missing close bracket on index: The index operator must end with a closing"
                            + " bracket (\"]\").");
                }
                next();
                skipNewlines = saved;
                if (steps == null) {
                    steps = new ArrayList<>();
                }
                steps.add(new HclExpr.TraversalStep.Index(key, span(open, lastEnd)));
                stepsEnd = lastEnd;
            } else {
                return steps(base, steps, start, stepsEnd);
            }
        }
    }

    /** The step after a dot: an attribute name or a legacy index ({@code .0}). */
    private HclExpr.TraversalStep dotStep() {
        int type = peek();
        int start = peekStart;
        int end = peekEnd;
        if (type == HclScanner.IDENT) {
            String name = peekText();
            next();
            return new HclExpr.TraversalStep.GetAttr(name, span(start, end));
        }
        if (type == HclScanner.NUMBER) {
            String digits = peekText();
            for (int k = 0; k < digits.length(); k++) {
                if (!Character.isDigit(digits.charAt(k))) {
                    throw new Failure("Invalid legacy index syntax: When using the legacy index syntax, chaining two"
                            + " indexes together is not permitted. Use the proper index syntax instead, like [0][1].",
                            start, end);
                }
            }
            next();
            Location at = span(start, end);
            return new HclExpr.TraversalStep.Index(new HclExpr.Literal(new BigDecimal(digits), at), at);
        }
        throw unexpected("Invalid attribute name: An attribute name is required after a dot.");
    }

    /** {@code .*} and the attribute (or legacy index) steps it applies to each element; the dot is consumed. */
    private HclExpr attributeSplat(HclExpr source, int start, int dotStart) {
        HclExpr.SplatItem item = new HclExpr.SplatItem(span(dotStart, lastEnd));
        List<HclExpr.TraversalStep> steps = new ArrayList<>();
        int firstStep = -1;
        while (peek() == HclScanner.DOT) {
            scanner.scan(peekEnd, skipNewlines);
            if (scanner.type == HclScanner.STAR) {
                throw new Failure("Nested splat expression not allowed: A splat expression (*) cannot be used inside"
                        + " another attribute-only splat expression.", scanner.start, scanner.end);
            }
            if (firstStep < 0) {
                firstStep = peekStart;
            }
            next();
            steps.add(dotStep());
        }
        HclExpr each = steps.isEmpty() ? item : new HclExpr.RelativeTraversal(item, steps, span(firstStep, lastEnd));
        return new HclExpr.Splat(source, each, true, span(start, lastEnd));
    }

    /** {@code base} with {@code steps} applied: one traversal, the form the evaluator reads. */
    private HclExpr steps(HclExpr base, List<HclExpr.TraversalStep> steps, int start, int end) {
        if (steps == null) {
            return base;
        }
        if (base instanceof HclExpr.Traversal root && root.steps().isEmpty()) {
            return new HclExpr.Traversal(root.root(), steps, span(start, end));
        }
        return new HclExpr.RelativeTraversal(base, steps, span(start, end));
    }

    private HclExpr functionCall(String firstName, int start, int nameEnd) {
        StringBuilder name = new StringBuilder(firstName);
        while (peek() == HclScanner.DCOLON) {
            next();
            if (peek() != HclScanner.IDENT) {
                throw unexpected("Missing function name: Function scope resolution symbol :: must be followed by a"
                        + " function name in this scope.");
            }
            name.append("::").append(peekText());
            next();
        }
        if (peek() != HclScanner.LPAREN) {
            throw unexpected("Missing open parenthesis: Function selector must be followed by an open parenthesis to"
                    + " begin the function call.");
        }
        int openEnd = peekEnd;
        next();
        boolean saved = skipNewlines;
        skipNewlines = true;
        enter();
        List<HclExpr> arguments = new ArrayList<>();
        boolean expand = false;
        while (true) {
            if (peek() == HclScanner.RPAREN) {
                next();
                break;
            }
            if (peekType == HclScanner.EOF) {
                throw new Failure("Unterminated function call: There is no closing parenthesis for this function"
                        + " call before the end of the file. This may be caused by incorrect parenthesis nesting"
                        + " elsewhere in this file.", start, openEnd);
            }
            arguments.add(expression());
            int separator = peek();
            if (separator == HclScanner.RPAREN) {
                next();
                break;
            }
            if (separator == HclScanner.ELLIPSIS) {
                next();
                expand = true;
                if (peek() != HclScanner.RPAREN) {
                    throw unexpected("Missing closing parenthesis: An expanded function argument (with ...) must be"
                            + " immediately followed by closing parentheses.");
                }
                next();
                break;
            }
            if (separator == HclScanner.EOF) {
                throw new Failure("Unterminated function call: There is no closing parenthesis for this function"
                        + " call before the end of the file. This may be caused by incorrect parenthesis nesting"
                        + " elsewhere in this file.", start, openEnd);
            }
            if (separator != HclScanner.COMMA) {
                throw unexpected("Missing argument separator: A comma is required to separate each function argument"
                        + " from the next.");
            }
            next();
        }
        exit();
        skipNewlines = saved;
        return new HclExpr.FunctionCall(name.toString(), arguments, expand, span(start, lastEnd));
    }

    private HclExpr tuple() {
        int open = peekStart;
        next();
        boolean saved = skipNewlines;
        skipNewlines = true;
        enter();
        HclExpr result;
        if (peekIs(HclScanner.IDENT, "for")) {
            result = forExpression(open, HclScanner.RBRACK);
        } else {
            List<HclExpr> items = new ArrayList<>();
            while (true) {
                if (peek() == HclScanner.RBRACK) {
                    next();
                    break;
                }
                if (peekType == HclScanner.EOF) {
                    throw new Failure("Unterminated tuple constructor expression: There is no corresponding closing"
                            + " bracket before the end of the file. This may be caused by incorrect bracket nesting"
                            + " elsewhere in this file.", open, open + 1);
                }
                items.add(expression());
                int separator = peek();
                if (separator == HclScanner.RBRACK) {
                    next();
                    break;
                }
                if (separator == HclScanner.EOF) {
                    throw new Failure("Unterminated tuple constructor expression: There is no corresponding closing"
                            + " bracket before the end of the file. This may be caused by incorrect bracket nesting"
                            + " elsewhere in this file.", open, open + 1);
                }
                if (separator != HclScanner.COMMA) {
                    throw unexpected("Missing item separator: Expected a comma to mark the beginning of the next"
                            + " item.");
                }
                next();
            }
            result = new HclExpr.TupleCons(items, span(open, lastEnd));
        }
        exit();
        skipNewlines = saved;
        return result;
    }

    private HclExpr object() {
        int open = peekStart;
        next();
        boolean saved = skipNewlines;
        skipNewlines = true;
        enter();
        if (peekIs(HclScanner.IDENT, "for")) {
            HclExpr result = forExpression(open, HclScanner.RBRACE);
            exit();
            skipNewlines = saved;
            return result;
        }
        skipNewlines = false;
        List<HclExpr.ObjectItem> items = new ArrayList<>();
        while (true) {
            int type = peek();
            if (type == HclScanner.NEWLINE) {
                next();
                continue;
            }
            if (type == HclScanner.RBRACE) {
                next();
                break;
            }
            if (type == HclScanner.EOF) {
                throw unterminatedObject(open);
            }
            HclExpr key;
            if (type == HclScanner.IDENT && isKeySeparatorAfter(peekEnd)) {
                key = new HclExpr.Literal(peekText(), span(peekStart, peekEnd));
                next();
            } else {
                key = expression();
            }
            int separator = peek();
            if (separator != HclScanner.EQUAL && separator != HclScanner.COLON) {
                throw switch (separator) {
                    case HclScanner.NEWLINE, HclScanner.COMMA -> unexpected("Missing attribute value: Expected an"
                            + " attribute value, introduced by an equals sign (\"=\").");
                    case HclScanner.IDENT -> unexpected("Missing key/value separator: Expected an equals sign (\"=\")"
                            + " to mark the beginning of the attribute value. If you intended to given an attribute"
                            + " name containing periods or spaces, write the name in quotes to create a string"
                            + " literal.");
                    case HclScanner.EOF -> unterminatedObject(open);
                    default -> unexpected("Missing key/value separator: Expected an equals sign (\"=\") to mark the"
                            + " beginning of the attribute value.");
                };
            }
            next();
            HclExpr value = expression();
            items.add(new HclExpr.ObjectItem(key, value));
            int after = peek();
            if (after == HclScanner.RBRACE) {
                next();
                break;
            }
            if (after == HclScanner.EOF) {
                throw unterminatedObject(open);
            }
            if (after != HclScanner.COMMA && after != HclScanner.NEWLINE) {
                throw unexpected("Missing attribute separator: Expected a newline or comma to mark the beginning of"
                        + " the next attribute.");
            }
            next();
        }
        exit();
        skipNewlines = saved;
        return new HclExpr.ObjectCons(items, span(open, lastEnd));
    }

    private static Failure unterminatedObject(int open) {
        return new Failure("Unterminated object constructor expression: There is no corresponding closing brace"
                + " before the end of the file. This may be caused by incorrect brace nesting elsewhere in this"
                + " file.", open, open + 1);
    }

    /** Whether the token after a key identifier ending at {@code end} is {@code =} or {@code :}. */
    private boolean isKeySeparatorAfter(int end) {
        scanner.scan(end, false);
        return scanner.type == HclScanner.EQUAL || scanner.type == HclScanner.COLON;
    }

    /** The rest of {@code [for ...]} or {@code {for ...}}; the peeked token is {@code for}, newlines are skipped. */
    private HclExpr forExpression(int open, int close) {
        next();
        if (peek() != HclScanner.IDENT) {
            throw unexpected("Invalid 'for' expression: For expression requires variable name after 'for'.");
        }
        String valueVariable = peekText();
        String keyVariable = null;
        next();
        if (peek() == HclScanner.COMMA) {
            next();
            if (peek() != HclScanner.IDENT) {
                throw unexpected("Invalid 'for' expression: For expression requires value variable name after"
                        + " comma.");
            }
            keyVariable = valueVariable;
            valueVariable = peekText();
            next();
        }
        if (!peekIs(HclScanner.IDENT, "in")) {
            throw unexpected("Invalid 'for' expression: For expression requires the 'in' keyword after its name"
                    + " declarations.");
        }
        next();
        HclExpr collection = expression();
        if (peek() != HclScanner.COLON) {
            throw unexpected("Invalid 'for' expression: For expression requires a colon after the collection"
                    + " expression.");
        }
        next();
        peek();
        int valueStart = peekStart;
        HclExpr value = expression();
        int valueEnd = lastEnd;
        HclExpr key = null;
        if (peek() == HclScanner.FATARROW) {
            next();
            key = value;
            value = expression();
        }
        boolean grouping = false;
        int ellipsisStart = -1;
        if (peek() == HclScanner.ELLIPSIS) {
            ellipsisStart = peekStart;
            next();
            grouping = true;
        }
        HclExpr condition = null;
        if (peekIs(HclScanner.IDENT, "if")) {
            next();
            condition = expression();
        }
        if (peek() != close) {
            throw unexpected("Invalid 'for' expression: Extra characters after the end of the 'for' expression.");
        }
        next();
        if (close == HclScanner.RBRACK) {
            if (key != null) {
                throw new Failure("Invalid 'for' expression: Key expression is not valid when building a tuple.",
                        valueStart, valueEnd);
            }
            if (grouping) {
                throw new Failure("Invalid 'for' expression: Grouping ellipsis (...) cannot be used when building a"
                        + " tuple.", ellipsisStart, ellipsisStart + 3);
            }
        } else if (key == null) {
            throw new Failure("Invalid 'for' expression: Key expression is required when building an object.",
                    valueStart, valueEnd);
        }
        return new HclExpr.ForExpr(keyVariable, valueVariable, collection, key, value, condition, grouping,
                span(open, lastEnd));
    }

    // ------------------------------------------------------------------------------------------------ templates

    private static final int LITERAL = 0;
    private static final int INTERPOLATION = 1;
    private static final int IF = 2;
    private static final int ELSE = 3;
    private static final int ENDIF = 4;
    private static final int FOR = 5;
    private static final int ENDFOR = 6;

    /** One element of a template before its directives are nested: literal text, a sequence or a directive. */
    private static final class Part {
        final int kind;
        String text;
        int start;
        final int end;
        HclExpr expr;
        String keyword;
        /**
         * Of a literal: pairs (offset in {@code text}, file offset) where a run of characters written one for one
         * starts; a new run follows each escape and each trimmed prefix ({@link TextOrigins}).
         */
        int[] runs;

        Part(int kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }

        /** {@code cut} characters of {@code text} were removed from its start: the runs move with the text. */
        void cutRuns(int cut) {
            int kept = 0;
            int[] moved = new int[runs.length];
            for (int k = 0; k < runs.length; k += 2) {
                if (runs[k] <= cut) {
                    moved[0] = 0; // the last run that held the cut characters now starts the text
                    moved[1] = runs[k + 1] + (cut - runs[k]);
                    kept = 2;
                } else {
                    moved[kept++] = runs[k] - cut;
                    moved[kept++] = runs[k + 1];
                }
            }
            runs = java.util.Arrays.copyOf(moved, kept);
        }
    }

    /** Collects the runs of one literal while its escapes are decoded (see {@link Part#runs}). */
    private static final class Runs {
        private int[] pairs = new int[4];
        private int size;

        Runs(int fileOffset) {
            add(0, fileOffset);
        }

        void add(int textOffset, int fileOffset) {
            if (size > 0 && pairs[size - 2] == textOffset) {
                pairs[size - 1] = fileOffset; // an empty run: the later one starts there
                return;
            }
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = textOffset;
            pairs[size++] = fileOffset;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(pairs, size);
        }
    }

    /** The state of one template's literal text while its parts are read. */
    private final class TemplateParts {
        final List<Part> parts = new ArrayList<>();
        /** The next literal loses its leading white space (after a {@code ~}}). */
        boolean trimNext;
        /** The last part is a literal that a following {@code ${~} may trim. */
        boolean canTrimPrevious;
        /** Whether the last literal ended a line (heredocs and standalone templates). */
        boolean lineStart = true;

        void literal(String value, int start, int end, Runs runs) {
            count(start);
            String text = trimNext ? stripLeading(value) : value;
            trimNext = false;
            Part part = new Part(LITERAL, start, end);
            part.text = text;
            part.runs = runs.toArray();
            if (text.length() < value.length()) {
                part.cutRuns(value.length() - text.length());
            }
            part.keyword = lineStart ? "line" : null;
            parts.add(part);
            canTrimPrevious = true;
        }

        /** Reads a {@code ${...}} or {@code %{...}} sequence at {@code pos}. */
        void sequence(boolean quoted) {
            int start = pos;
            boolean directive = text[pos] == '%';
            int i = pos + 2;
            boolean strip = scanner.at(i) == '~';
            if (strip) {
                i++;
                if (canTrimPrevious && !parts.isEmpty() && parts.get(parts.size() - 1).kind == LITERAL) {
                    Part previous = parts.get(parts.size() - 1);
                    previous.text = stripTrailing(previous.text);
                }
            }
            trimNext = false;
            canTrimPrevious = false;
            lineStart = false;
            count(start);
            moveTo(i);
            boolean saved = skipNewlines;
            skipNewlines = true;
            enter();
            Part part = directive ? directive(start) : interpolation(start, quoted);
            exit();
            skipNewlines = saved;
            parts.add(part);
        }

        private Part interpolation(int start, boolean quoted) {
            HclExpr expr = expression();
            int close = peek();
            if (close != HclScanner.RBRACE && close != HclScanner.TILDE_RBRACE) {
                if (close == HclScanner.EOF) {
                    throw new Failure("Unclosed template interpolation sequence: There is no closing brace for this"
                            + " interpolation sequence before the end of the file. This might be caused by incorrect"
                            + " nesting inside the given expression.", start, start + 2);
                }
                if (close == HclScanner.COLON) {
                    throw unexpected("Extra characters after interpolation expression: Template interpolation"
                            + " doesn't expect a colon at this location. Did you intend this to be a literal sequence"
                            + " to be processed as part of another language? If so, you can escape it by starting"
                            + " with \"$${\" instead of just \"${\".");
                }
                if (quoted && close == HclScanner.OQUOTE) {
                    throw new Failure("Unclosed template interpolation sequence: There is no closing brace for this"
                            + " interpolation sequence before the end of the quoted template. This might be caused"
                            + " by incorrect nesting inside the given expression.", start, start + 2);
                }
                throw unexpected("Extra characters after interpolation expression: Expected a closing brace to end"
                        + " the interpolation expression, but found extra characters.");
            }
            trimNext = close == HclScanner.TILDE_RBRACE;
            next();
            Part part = new Part(INTERPOLATION, start, lastEnd);
            part.expr = expr;
            return part;
        }

        private Part directive(int start) {
            if (peek() != HclScanner.IDENT) {
                throw unexpected("Invalid template directive: A template directive keyword (\"if\", \"for\", etc) is"
                        + " expected at the beginning of a %{ sequence.");
            }
            String keyword = peekText();
            int kind;
            HclExpr expr = null;
            switch (keyword) {
                case "if" -> {
                    next();
                    expr = expression();
                    kind = IF;
                }
                case "else" -> {
                    next();
                    kind = ELSE;
                }
                case "endif" -> {
                    next();
                    kind = ENDIF;
                }
                case "endfor" -> {
                    next();
                    kind = ENDFOR;
                }
                case "for" -> {
                    next();
                    if (peek() != HclScanner.IDENT) {
                        throw unexpected("Invalid 'for' directive: For directive requires variable name after"
                                + " 'for'.");
                    }
                    next();
                    if (peek() == HclScanner.COMMA) {
                        next();
                        if (peek() != HclScanner.IDENT) {
                            throw unexpected("Invalid 'for' directive: For directive requires value variable name"
                                    + " after comma.");
                        }
                        next();
                    }
                    if (!peekIs(HclScanner.IDENT, "in")) {
                        throw unexpected("Invalid 'for' directive: For directive requires 'in' keyword after names.");
                    }
                    next();
                    expr = expression();
                    kind = FOR;
                }
                default -> throw unexpected("Invalid template control keyword: \"" + keyword + "\" is not a valid"
                        + " template control keyword.");
            }
            int close = peek();
            if (close != HclScanner.RBRACE && close != HclScanner.TILDE_RBRACE) {
                throw unexpected("Extra characters in " + keyword + " marker: Expected a closing brace to end the"
                        + " sequence, but found extra characters.");
            }
            trimNext = close == HclScanner.TILDE_RBRACE;
            next();
            Part part = new Part(kind, start, lastEnd);
            part.expr = expr;
            part.keyword = keyword;
            return part;
        }
    }

    /** The rest of a quoted template whose opening quote starts at {@code open}; ends after the closing quote. */
    private HclExpr quotedTemplate(int open) {
        TemplateParts template = new TemplateParts();
        template.lineStart = false;
        while (true) {
            int i = pos;
            if (i >= length) {
                throw new Failure("Unterminated template string: No closing marker was found for the string.", open,
                        open + 1);
            }
            char c = text[i];
            if (c == '"') {
                count(i);
                moveTo(i + 1);
                break;
            }
            if (c == '\n' || c == '\r') {
                throw multiLineString(i);
            }
            if ((c == '$' || c == '%') && scanner.at(i + 1) == '{') {
                template.sequence(true);
                continue;
            }
            int end = quotedLiteralEnd(i);
            StringBuilder value = new StringBuilder(end - i);
            Runs runs = new Runs(i);
            decodeQuoted(i, end, value, runs);
            template.literal(value.toString(), i, end, runs);
            moveTo(end);
        }
        return build(template.parts, open, lastEnd);
    }

    /** A heredoc whose introducer {@code <<ID} or {@code <<-ID} spans {@code [start, introEnd)}. */
    private HclExpr heredoc(int start, int introEnd) {
        boolean flush = text[start + 2] == '-';
        int markerStart = flush ? start + 3 : start + 2;
        int markerLength = introEnd - markerStart;
        int lineEnd = scanner.endOfLine(introEnd);
        if (lineEnd >= length) {
            throw unterminatedHeredoc(start, introEnd);
        }
        moveTo(scanner.lineEndAfter(lineEnd));
        TemplateParts template = new TemplateParts();
        int end;
        while (true) {
            if (template.lineStart) {
                int first = pos;
                while (first < length && (text[first] == ' ' || text[first] == '\t')) {
                    first++;
                }
                if (first + markerLength <= length && regionMatches(first, markerStart, markerLength)) {
                    int after = first + markerLength;
                    int rest = after;
                    while (rest < length && (text[rest] == ' ' || text[rest] == '\t')) {
                        rest++;
                    }
                    if (rest >= length || text[rest] == '\n' || text[rest] == '\r') {
                        end = after;
                        count(first);
                        moveTo(after);
                        break;
                    }
                }
            }
            if (pos >= length) {
                throw unterminatedHeredoc(start, introEnd);
            }
            templateText(template);
        }
        List<Part> parts = template.parts;
        if (flush) {
            flush(parts);
        }
        return build(parts, start, end);
    }

    private Failure unterminatedHeredoc(int start, int introEnd) {
        String marker = new String(text, text[start + 2] == '-' ? start + 3 : start + 2,
                introEnd - (text[start + 2] == '-' ? start + 3 : start + 2));
        return new Failure("Unterminated template string: No closing marker was found for the string: there is no"
                + " line \"" + marker + "\" ending this heredoc before the end of the file.", start, introEnd);
    }

    /** Reads one literal run (up to and including a line end) or one sequence of heredoc or standalone text. */
    private void templateText(TemplateParts template) {
        int i = pos;
        char c = text[i];
        if ((c == '$' || c == '%') && scanner.at(i + 1) == '{') {
            template.sequence(false);
            return;
        }
        StringBuilder value = new StringBuilder();
        int j = i;
        boolean endedLine = false;
        while (j < length) {
            char d = text[j];
            if (d == '\n' || d == '\r') {
                j = scanner.lineEndAfter(j);
                endedLine = true;
                break;
            }
            if ((d == '$' || d == '%') && scanner.at(j + 1) == d && scanner.at(j + 2) == '{') {
                j += 3;
                continue;
            }
            if ((d == '$' || d == '%') && scanner.at(j + 1) == '{') {
                break;
            }
            j++;
        }
        Runs runs = new Runs(i);
        unescapeTemplateText(i, j, value, runs);
        template.literal(value.toString(), i, j, runs);
        template.lineStart = endedLine;
        moveTo(j);
    }

    /** Parses a whole text as a standalone template (Terraform JSON strings, {@code templatefile()} files). */
    HclExpr standaloneTemplate() {
        skipNewlines = false;
        TemplateParts template = new TemplateParts();
        while (pos < length) {
            templateText(template);
        }
        return build(template.parts, 0, length);
    }

    /** Parses a whole text as one expression; fails when anything but white space follows it. */
    HclExpr wholeExpression() {
        skipNewlines = true;
        HclExpr expr = expression();
        if (peek() != HclScanner.EOF) {
            throw unexpected("Extra characters after expression: Expected the end of the expression.");
        }
        return expr;
    }

    private boolean regionMatches(int a, int b, int count) {
        for (int k = 0; k < count; k++) {
            if (text[a + k] != text[b + k]) {
                return false;
            }
        }
        return true;
    }

    /** The end of a run of quoted literal text from {@code from}: before a quote, line end or sequence. */
    private int quotedLiteralEnd(int from) {
        int i = from;
        while (i < length) {
            char c = text[i];
            if (c == '"' || c == '\n' || c == '\r') {
                return i;
            }
            if (c == '\\') {
                i += i + 1 < length && text[i + 1] != '\n' && text[i + 1] != '\r' ? 2 : 1;
                continue;
            }
            if ((c == '$' || c == '%') && scanner.at(i + 1) == c && scanner.at(i + 2) == '{') {
                i += 3;
                continue;
            }
            if ((c == '$' || c == '%') && scanner.at(i + 1) == '{') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Appends quoted literal text with its escapes resolved (spec: "Template Expressions"). */
    private void decodeQuoted(int from, int to, StringBuilder out, Runs runs) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c == '\\') {
                char selector = i + 1 < to ? text[i + 1] : '\0';
                switch (selector) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'u', 'U' -> {
                        int digits = selector == 'u' ? 4 : 8;
                        int codePoint = hex(i + 2, digits, to);
                        if (codePoint < 0) {
                            throw new Failure("Invalid escape sequence: The \\" + selector + " escape sequence must be"
                                    + " followed by " + (digits == 4 ? "four" : "eight") + " hexadecimal digits.", i,
                                    Math.min(to, i + 2 + digits));
                        }
                        if (codePoint > Character.MAX_CODE_POINT || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                            throw new Failure("Invalid escape sequence: Cannot encode character U+"
                                    + String.format("%04X", codePoint) + " in UTF-8.", i, i + 2 + digits);
                        }
                        out.appendCodePoint(codePoint);
                        i += 2 + digits;
                        runs.add(out.length(), i);
                        continue;
                    }
                    default -> throw new Failure(selector == '\0'
                            ? "Invalid escape sequence: Backslash must be followed by an escape sequence selector"
                            + " character."
                            : "Invalid escape sequence: The symbol \"" + selector + "\" is not a valid escape"
                            + " sequence selector.", i, Math.min(to, i + 2));
                }
                i += 2;
                runs.add(out.length(), i);
            } else if ((c == '$' || c == '%') && i + 2 < to && text[i + 1] == c && text[i + 2] == '{') {
                out.append(c).append('{');
                i += 3;
                runs.add(out.length(), i);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** The value of {@code digits} hexadecimal digits at {@code from}, or -1 when they are not all there. */
    private int hex(int from, int digits, int limit) {
        if (from + digits > limit) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < digits; k++) {
            char c = text[from + k];
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
    }

    /** Heredoc and standalone literal text: only {@code $${} and {@code %%{} are escapes. */
    private void unescapeTemplateText(int from, int to, StringBuilder out, Runs runs) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if ((c == '$' || c == '%') && i + 2 < to && text[i + 1] == c && text[i + 2] == '{') {
                out.append(c).append('{');
                i += 3;
                runs.add(out.length(), i);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /**
     * The {@code <<-} rule: the smallest number of leading white-space characters over the line-leading literals
     * (lines of white space only are not counted, a line starting with a sequence counts as zero) is removed from each
     * of them.
     */
    private static void flush(List<Part> parts) {
        int smallest = Integer.MAX_VALUE;
        boolean newline = true;
        List<Part> adjust = new ArrayList<>();
        for (Part part : parts) {
            if (newline) {
                newline = false;
                int spaces;
                if (part.kind == LITERAL) {
                    String value = part.text;
                    int lead = leadingSpaceChars(value);
                    if (lead == value.length() && (value.endsWith("\n") || value.endsWith("\r"))) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        spaces = value.codePointCount(0, lead);
                        adjust.add(part);
                    }
                } else {
                    spaces = 0;
                }
                smallest = Math.min(smallest, spaces);
            }
            if (part.kind == LITERAL && (part.text.endsWith("\n") || part.text.endsWith("\r"))) {
                newline = true;
            }
        }
        if (smallest == Integer.MAX_VALUE || smallest == 0) {
            return;
        }
        for (Part part : adjust) {
            int cut = part.text.offsetByCodePoints(0, Math.min(smallest, part.text.codePointCount(0,
                    leadingSpaceChars(part.text))));
            part.text = part.text.substring(cut);
            part.start += cut;
            part.cutRuns(cut);
        }
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static int leadingSpaceChars(String value) {
        int i = 0;
        while (i < value.length() && isSpace(value.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripLeading(String value) {
        return value.substring(leadingSpaceChars(value));
    }

    private static String stripTrailing(String value) {
        int end = value.length();
        while (end > 0 && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    /**
     * The expression of a template's parts spanning {@code [start, end)}: a literal when it has no sequences, the
     * template of its literals and interpolations, or (with directives, which netlint does not evaluate) an opaque
     * node once the directives are checked to nest properly.
     */
    private HclExpr build(List<Part> parts, int start, int end) {
        Location location = span(start, end);
        boolean directives = false;
        for (Part part : parts) {
            if (part.kind != LITERAL && part.kind != INTERPOLATION) {
                directives = true;
                break;
            }
        }
        if (directives) {
            checkDirectives(parts, start, end);
            return new HclExpr.Opaque("template directive", location);
        }
        List<HclExpr> out = new ArrayList<>(parts.size());
        StringBuilder literal = null;
        Runs runs = null;
        int literalStart = 0;
        int literalEnd = 0;
        for (Part part : parts) {
            if (part.kind == LITERAL) {
                if (literal == null) {
                    literal = new StringBuilder();
                    runs = null;
                    literalStart = part.start;
                }
                for (int k = 0; k < part.runs.length; k += 2) {
                    if (runs == null) {
                        runs = new Runs(part.runs[k + 1]);
                    } else {
                        runs.add(literal.length() + part.runs[k], part.runs[k + 1]);
                    }
                }
                literal.append(part.text);
                literalEnd = part.end;
            } else {
                if (literal != null && literal.length() > 0) {
                    out.add(new HclExpr.Literal(literal.toString(), span(literalStart, literalEnd),
                            origins(literal, runs)));
                }
                literal = null;
                out.add(part.expr);
            }
        }
        if (literal != null && literal.length() > 0) {
            out.add(new HclExpr.Literal(literal.toString(), span(literalStart, literalEnd), origins(literal, runs)));
        }
        if (out.isEmpty()) {
            return new HclExpr.Literal("", location);
        }
        if (out.size() == 1 && out.get(0) instanceof HclExpr.Literal only && parts.stream().allMatch(p -> p.kind == LITERAL)) {
            return new HclExpr.Literal(only.value(), location, only.origins());
        }
        return new HclExpr.Template(out, location);
    }

    /**
     * The origins of a literal that spans lines or holds escapes, whose characters are not one run from its first;
     * none for the rest (most strings), which {@link HclExpr.Literal#locate} places by their location alone.
     */
    private TextOrigins origins(CharSequence value, Runs runs) {
        int[] pairs = runs.toArray();
        boolean multiLine = false;
        for (int k = 0; k < value.length() && !multiLine; k++) {
            multiLine = value.charAt(k) == '\n' || value.charAt(k) == '\r';
        }
        if (pairs.length == 2 && !multiLine) {
            return null;
        }
        int[] offsets = new int[pairs.length / 2];
        Location[] starts = new Location[pairs.length / 2];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = pairs[2 * k];
            starts[k] = span(pairs[2 * k + 1], pairs[2 * k + 1]);
        }
        return new TextOrigins(offsets, starts);
    }

    private void checkDirectives(List<Part> parts, int start, int end) {
        List<Part> open = new ArrayList<>();
        List<Boolean> hadElse = new ArrayList<>();
        for (Part part : parts) {
            switch (part.kind) {
                case IF, FOR -> {
                    open.add(part);
                    hadElse.add(false);
                }
                case ELSE -> {
                    if (open.isEmpty() || open.get(open.size() - 1).kind != IF || hadElse.get(hadElse.size() - 1)) {
                        throw new Failure("Unexpected else directive: An else directive must be inside an if"
                                + " directive, once.", part.start, part.end);
                    }
                    hadElse.set(hadElse.size() - 1, true);
                }
                case ENDIF, ENDFOR -> {
                    int opener = part.kind == ENDIF ? IF : FOR;
                    if (open.isEmpty() || open.get(open.size() - 1).kind != opener) {
                        throw new Failure("Unexpected " + part.keyword + " directive: There is no "
                                + (opener == IF ? "if" : "for") + " directive for this " + part.keyword
                                + " to close.", part.start, part.end);
                    }
                    open.remove(open.size() - 1);
                    hadElse.remove(hadElse.size() - 1);
                }
                default -> {
                }
            }
        }
        if (!open.isEmpty()) {
            Part unclosed = open.get(open.size() - 1);
            String closer = unclosed.kind == IF ? "endif" : "endfor";
            throw new Failure("Unterminated template " + unclosed.keyword + " directive: There is no %{ " + closer
                    + " } closing this directive before the end of the template.", unclosed.start, unclosed.end);
        }
    }
}
