package dev.netlint.bench.legacyhcl;

import dev.netlint.core.parse.hcl.*;

import com.bertramlabs.plugins.hcl4j.HCLParserException;
import com.bertramlabs.plugins.hcl4j.HclSymbolLexer;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.ComputedObject;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.ComputedTuple;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Function;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.GroupedExpression;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Operator;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.StringInterpolatedExpression;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Variable;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.VariableTree;
import com.bertramlabs.plugins.hcl4j.symbols.HCLArray;
import com.bertramlabs.plugins.hcl4j.symbols.HCLAttribute;
import com.bertramlabs.plugins.hcl4j.symbols.HCLBlock;
import com.bertramlabs.plugins.hcl4j.symbols.HCLValue;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * BENCHMARK ONLY: netlint's HCL4j-based loader as it was before issue 13 (commit 7d76259), kept in the bench module
 * so that bench/hcl-parser.sh measures the old parser against the new one on the same files in the same run.
 * Never part of netlint itself.
 *
 * <p>Reads Terraform files into netlint's positioned HCL tree ({@link HclFile}). The only class that touches HCL4j types:
 * it uses HCL4j's lexer alone (through {@link HclSymbolLexer}), never its parser or evaluator, which drop positions,
 * print to standard output and perform HTTP requests. Symbols give start offsets; ends come from
 * {@link LegacyHclTextScanner}, and offsets become 1-based locations through {@link LegacyLineIndex}.
 *
 * <p>Never throws for bad input: a file that cannot be lexed yields a {@link ParseProblem} at the position HCL4j
 * reports. JSON syntax files are delegated to {@link TerraformJsonLoader}.
 */
public final class LegacyHclLoader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /**
     * HCL4j's lexer takes time that grows faster than linearly with its input (a 54 KB file lexes in ~35 ms, the same
     * text four times over in ~1 s), so files are lexed in chunks of whole top-level items of about this size.
     * Items are independent in HCL; chunks start at line starts, which keeps columns and error positions exact.
     */
    private static final int CHUNK_CHARACTERS = 2048;
    /**
     * Lexing time allowed for one file: a base plus a share per KB, some 8x what a legitimate 10 MB file takes on a
     * slow machine. Past it the file is a parse error rather than a lexer running for hours on hostile input.
     */
    static final long LEX_MILLIS_BASE = 1000;
    static final long LEX_MILLIS_PER_KB = 5;
    /** Prefix that turns an expression fragment (heredoc interpolation, JSON template) into a lexable attribute. */
    private static final String FRAGMENT_PREFIX = "x = ";

    public HclParseResult load(SourceText source) {
        if (source.file().format() == SourceFormat.TERRAFORM_JSON) {
            return new dev.netlint.core.parse.hcl.HclLoader().load(source); // JSON syntax is not compared
        }
        String display = source.file().displayPath();
        String text = source.text();
        // Editors do not count a byte order mark as a column; dropping it keeps line-1 columns exact.
        char[] chars = (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text).toCharArray();
        LegacyHclTextScanner scanner = new LegacyHclTextScanner(chars);
        LegacyLineIndex lines = new LegacyLineIndex(display, java.nio.CharBuffer.wrap(chars));
        int chunkStartLine = 1;
        long deadline = deadlineFor(chars.length);
        try {
            BitSet forExpressions = scanner.blankForExpressions();
            List<HclAttribute> attributes = new ArrayList<>();
            List<HclBlock> blocks = new ArrayList<>();
            int[] chunks = scanner.topLevelChunks(CHUNK_CHARACTERS);
            for (int c = 0; c < chunks.length; c += 2) {
                int start = chunks[c];
                int end = chunks[c + 1];
                chunkStartLine = lines.span(start, start).line();
                char[] chunk = java.util.Arrays.copyOfRange(chars, start, end);
                List<Symbol> symbols = HclSymbolLexer.lex(chunk, deadline);
                HclBody body = new Converter(new LegacyHclTextScanner(chunk), forExpressions.get(start, end),
                        (from, to) -> lines.span(from + start, to + start)).body(symbols);
                attributes.addAll(body.attributes());
                blocks.addAll(body.blocks());
            }
            return new HclParseResult(new HclFile(source.file(), new HclBody(attributes, blocks)), null);
        } catch (HCLParserException e) {
            return new HclParseResult(null, LegacyLexerErrors.toProblem(e.getMessage(), display, chunkStartLine - 1));
        } catch (HclSymbolLexer.TooSlow e) {
            return new HclParseResult(null, new ParseProblem(Location.at(display, chunkStartLine, 1),
                    "HCL could not be parsed in time (" + e.getMessage() + ", from line " + chunkStartLine
                            + "); the file is not linted"));
        } catch (IOException | RuntimeException e) {
            return new HclParseResult(null, new ParseProblem(Location.fileStart(display),
                    "HCL could not be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (StackOverflowError e) {
            return new HclParseResult(null, new ParseProblem(Location.fileStart(display),
                    "HCL could not be read: expressions nested too deeply"));
        }
    }

    /**
     * Parses text that is an HCL template (a Terraform JSON string containing {@code ${...}}, or the content of a
     * {@code templatefile()} file). Every node of the result is located at {@code at}, the place the text came from,
     * since escapes make offsets inside it unreliable. Text that cannot be parsed gives an opaque expression.
     */
    public HclExpr parseTemplate(String decoded, Location at) {
        StringBuilder wrapper = new StringBuilder(decoded.length() + 8).append(FRAGMENT_PREFIX).append('"');
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            switch (c) {
                case '"' -> wrapper.append("\\\"");
                case '\\' -> wrapper.append("\\\\");
                case '\n' -> wrapper.append("\\n");
                case '\r' -> wrapper.append("\\r");
                case '\t' -> wrapper.append("\\t");
                default -> wrapper.append(c);
            }
        }
        wrapper.append("\"\n");
        return lexFragment(wrapper.toString().toCharArray(), (start, end) -> at, at);
    }

    /**
     * Parses one expression given outside any file ({@code --var 'cidrs=["10.0.0.0/8"]'}), every node located at
     * {@code at}; empty when it is not a valid expression.
     */
    public java.util.Optional<HclExpr> parseExpression(String text, Location at) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return java.util.Optional.empty();
        }
        HclExpr expr = lexFragment((FRAGMENT_PREFIX + text + "\n").toCharArray(), (start, end) -> at, at);
        return expr instanceof HclExpr.Opaque ? java.util.Optional.empty() : java.util.Optional.of(expr);
    }

    /** Lexes {@code x = <expression>} and converts the expression; any failure gives an opaque node. */
    private static HclExpr lexFragment(char[] wrapper, Locator locator, Location whenBroken) {
        try {
            LegacyHclTextScanner scanner = new LegacyHclTextScanner(wrapper);
            BitSet forExpressions = scanner.blankForExpressions();
            List<Symbol> symbols = HclSymbolLexer.lex(wrapper, deadlineFor(wrapper.length));
            if (symbols.size() == 1 && symbols.get(0) instanceof HCLAttribute attribute) {
                return new Converter(scanner, forExpressions, locator)
                        .expression(attribute.getChildren(), whenBroken).expr();
            }
        } catch (HCLParserException | IOException | RuntimeException | StackOverflowError e) {
            // an interpolation netlint cannot lex is simply not evaluated
        }
        return new HclExpr.Opaque("interpolation netlint cannot parse", whenBroken);
    }

    private static long deadlineFor(int characters) {
        long millis = LEX_MILLIS_BASE + LEX_MILLIS_PER_KB * (characters / 1024L);
        return System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Maps offsets of the lexed text to locations of the scanned file. */
    @FunctionalInterface
    interface Locator {
        Location span(int start, int end);
    }

    /** An expression with the offsets of its first character and of the character after its last. */
    record Spanned(HclExpr expr, int start, int end) {}

    /** A converted symbol of a flat sequence: an operand, or an operator with its text. */
    private record Piece(Spanned operand, String operator, int start, int end) {}

    /** Converts one lexed text's symbols; holds no state besides the text. */
    private static final class Converter {
        private final LegacyHclTextScanner scanner;
        private final BitSet forExpressions;
        private final Locator locator;

        Converter(LegacyHclTextScanner scanner, BitSet forExpressions, Locator locator) {
            this.scanner = scanner;
            this.forExpressions = forExpressions;
            this.locator = locator;
        }

        HclBody body(List<Symbol> children) {
            List<HclAttribute> attributes = new ArrayList<>();
            List<HclBlock> blocks = new ArrayList<>();
            if (children != null) {
                for (Symbol child : children) {
                    if (child instanceof HCLAttribute attribute) {
                        attributes.add(attribute(attribute));
                    } else if (child instanceof HCLBlock block) {
                        blocks.add(block(block));
                    }
                }
            }
            return new HclBody(attributes, blocks);
        }

        private HclBlock block(HCLBlock block) {
            List<String> names = block.blockNames;
            int brace = braceOf(block);
            int tokens = Math.max(1, names.size());
            int last = scanner.previousNonWhitespace(brace);
            int headerEnd = last + 1;
            int start = last;
            for (int t = 0; t < tokens && last >= 0; t++) {
                start = scanner.charAt(last) == '"' ? scanner.openingQuoteBefore(last) : identifierStartBefore(last);
                last = scanner.previousNonWhitespace(start);
            }
            List<String> labels = names.size() > 1 ? names.subList(1, names.size()) : List.of();
            return new HclBlock(names.isEmpty() ? "" : names.get(0), labels, body(block.getChildren()),
                    locator.span(start, headerEnd));
        }

        private int identifierStartBefore(int lastChar) {
            int i = lastChar;
            while (i > 0 && isIdentifierChar(scanner.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private static boolean isIdentifierChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }

        /** HCL4j positions blocks and objects one character before their opening brace. */
        private int braceOf(Symbol block) {
            int position = offset(block);
            if (scanner.charAt(position + 1) == '{') {
                return position + 1;
            }
            int i = position;
            while (i < scanner.text().length && scanner.charAt(i) != '{') {
                i++;
            }
            return i;
        }

        private HclAttribute attribute(HCLAttribute attribute) {
            int nameStart = offset(attribute);
            Spanned value = expression(attribute.getChildren(), locator.span(nameStart, nameStart));
            return new HclAttribute(attribute.getName(), value.expr(),
                    locator.span(nameStart, Math.max(value.end(), nameStart)));
        }

        /** Converts the flat symbol sequence of one expression (an attribute value, an argument, a list item). */
        Spanned expression(List<Symbol> symbols, Location whenEmpty) {
            List<Piece> pieces = pieces(symbols);
            return expressionOf(pieces, whenEmpty);
        }

        private Spanned expressionOf(List<Piece> pieces, Location whenEmpty) {
            if (pieces.isEmpty()) {
                return new Spanned(new HclExpr.Opaque("missing expression", whenEmpty), 0, 0);
            }
            List<LegacyOperatorPrecedence.Item> items = new ArrayList<>(pieces.size());
            for (Piece piece : pieces) {
                items.add(piece.operand() != null
                        ? new LegacyOperatorPrecedence.Operand(piece.operand().expr())
                        : new LegacyOperatorPrecedence.Operator(piece.operator(), locator.span(piece.start(), piece.end())));
            }
            int start = pieces.get(0).start();
            int end = pieces.get(pieces.size() - 1).end();
            return new Spanned(LegacyOperatorPrecedence.parse(items, whenEmpty), start, end);
        }

        /** The items of a list or the arguments of a call: HCL4j drops the commas, so they are found in the gaps. */
        private List<Spanned> commaSeparated(List<Symbol> symbols, Location whenEmpty) {
            List<Piece> pieces = pieces(symbols);
            List<Spanned> result = new ArrayList<>();
            List<Piece> current = new ArrayList<>();
            for (Piece piece : pieces) {
                if (!current.isEmpty() && commaBetween(current.get(current.size() - 1).end(), piece.start())) {
                    result.add(expressionOf(current, whenEmpty));
                    current = new ArrayList<>();
                }
                current.add(piece);
            }
            if (!current.isEmpty()) {
                result.add(expressionOf(current, whenEmpty));
            }
            return result;
        }

        private boolean commaBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (scanner.charAt(i) == ',') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Converts symbols to operands and operators, repairing HCL4j's lexing of minus ({@code a - 1} arrives as
         * the number {@code "-"}; {@code a -1} as two operands) and of the legacy splat {@code x.*.id}
         * (operand, operator {@code *}, number {@code "."}, traversal). After a bracket, HCL4j also lexes the
         * {@code ...} of an expanded final argument as a number.
         */
        private List<Piece> pieces(List<Symbol> symbols) {
            List<Piece> pieces = new ArrayList<>();
            if (symbols == null) {
                return pieces;
            }
            for (int i = 0; i < symbols.size(); i++) {
                Symbol symbol = symbols.get(i);
                int start = offset(symbol);
                Piece previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                boolean afterOperand = previous != null && previous.operand() != null;
                if (symbol instanceof Operator operator) {
                    String name = operator.getName();
                    if ("*".equals(name) && i + 1 < symbols.size() && isNumber(symbols.get(i + 1), ".")) {
                        int splatStart = afterOperand ? pieces.remove(pieces.size() - 1).start() : start;
                        int splatEnd = start + 2;
                        i++;
                        if (i + 1 < symbols.size() && symbols.get(i + 1) instanceof VariableTree trailing) {
                            splatEnd = single(trailing).end();
                            i++;
                        }
                        pieces.add(operand(new HclExpr.Splat(locator.span(splatStart, splatEnd)), splatStart,
                                splatEnd));
                    } else {
                        pieces.add(new Piece(null, name, start, start + name.length()));
                    }
                } else if (isNumber(symbol, "...")) {
                    continue; // the expansion marker after a literal list; detected from the text by function()
                } else if (isNumber(symbol, "-")) {
                    pieces.add(new Piece(null, "-", start, start + 1));
                } else if (afterOperand && !commaBetween(previous.end(), start)
                        && symbol instanceof HCLValue value && "number".equals(value.type)
                        && String.valueOf(value.value).startsWith("-")) {
                    pieces.add(new Piece(null, "-", start, start + 1));
                    String positive = String.valueOf(value.value).substring(1);
                    pieces.add(operand(number(positive, start + 1), start + 1, start + 1 + positive.length()));
                } else if (calledFunction(symbol) != null && heredocArgument(calledFunction(symbol), symbols, i + 1)) {
                    Spanned call = functionWithHeredoc(calledFunction(symbol), (HCLValue) symbols.get(++i));
                    pieces.add(new Piece(call, null, call.start(), call.end()));
                } else {
                    Spanned converted = single(symbol);
                    pieces.add(new Piece(converted, null, converted.start(), converted.end()));
                }
            }
            return pieces;
        }

        private static boolean isNumber(Symbol symbol, String text) {
            return symbol instanceof HCLValue value && "number".equals(value.type) && text.equals(value.value);
        }

        private Piece operand(HclExpr expr, int start, int end) {
            return new Piece(new Spanned(expr, start, end), null, start, end);
        }

        private Spanned spanned(HclExpr expr, int start, int end) {
            return new Spanned(expr, start, end);
        }

        private Location at(int start, int end) {
            return locator.span(start, end);
        }

        /** One operand symbol. */
        private Spanned single(Symbol symbol) {
            int start = offset(symbol);
            if (symbol instanceof HCLValue value) {
                return value(value, start);
            }
            if (symbol instanceof StringInterpolatedExpression template) {
                return template(template, start);
            }
            if (symbol instanceof VariableTree tree) {
                return traversal(tree.getChildren(), start);
            }
            if (symbol instanceof Function function) {
                return function(function, start);
            }
            if (symbol instanceof Variable variable) {
                int end = start + variable.getName().length();
                return spanned(new HclExpr.Traversal(variable.getName(), List.of(), at(start, end)), start, end);
            }
            if (symbol instanceof HCLArray array) {
                int end = scanner.matchingClose(start);
                if (forExpressions.get(start)) {
                    return spanned(new HclExpr.ForExpr(at(start, end)), start, end);
                }
                List<HclExpr> items = commaSeparated(array.getChildren(), at(start, end)).stream()
                        .map(Spanned::expr).toList();
                return spanned(new HclExpr.TupleCons(items, at(start, end)), start, end);
            }
            if (symbol instanceof HCLBlock object) {
                return object(object);
            }
            if (symbol instanceof GroupedExpression group) {
                int end = scanner.matchingClose(start);
                Spanned inner = expression(group.getChildren(), at(start, end));
                return spanned(new HclExpr.Parenthesized(inner.expr(), at(start, end)), start, end);
            }
            if (symbol instanceof ComputedTuple || symbol instanceof ComputedObject) {
                int end = scanner.matchingClose(start);
                return spanned(new HclExpr.ForExpr(at(start, end)), start, end);
            }
            int end = scanner.tokenEnd(start);
            return spanned(new HclExpr.Opaque("unsupported syntax " + symbol.getSymbolName(), at(start, end)), start,
                    Math.max(end, start + 1));
        }

        private Spanned value(HCLValue value, int position) {
            String type = value.type == null ? "" : value.type;
            String raw = value.value == null ? null : String.valueOf(value.value);
            switch (type) {
                case "string" -> {
                    if (scanner.charAt(position) == '"') {
                        int open = scanner.openingQuoteBefore(position);
                        return spanned(literalText(raw == null ? "" : raw, at(open, position + 1)), open,
                                position + 1);
                    }
                    return heredoc(position);
                }
                case "number" -> {
                    String text = raw == null ? "" : raw;
                    int end = position + text.length();
                    return spanned(number(text, position), position, end);
                }
                case "boolean" -> {
                    int end = position + (raw == null ? 0 : raw.length());
                    return spanned(new HclExpr.Literal(Boolean.valueOf(raw), at(position, end)), position, end);
                }
                default -> {
                    int end = scanner.tokenEnd(position);
                    return spanned(new HclExpr.Literal(null, at(position, end)), position, end);
                }
            }
        }

        /** A number as written; HCL4j lexes {@code 5-1} as one number, which is split into a subtraction. */
        private HclExpr number(String text, int position) {
            Location location = at(position, position + text.length());
            try {
                return new HclExpr.Literal(new BigDecimal(text), location);
            } catch (NumberFormatException e) {
                int minus = text.lastIndexOf('-');
                if (minus > 0 && text.charAt(minus - 1) != 'e' && text.charAt(minus - 1) != 'E') {
                    HclExpr left = number(text.substring(0, minus), position);
                    HclExpr right = number(text.substring(minus + 1), position + minus + 1);
                    return new HclExpr.Binary("-", left, right, location);
                }
                return new HclExpr.Opaque("not a number: " + text, location);
            }
        }

        /** Literal template text: {@code $${} and {@code %%{} are escapes; a bare {@code %{} is a directive. */
        private HclExpr literalText(String raw, Location location) {
            if (raw.indexOf('{') < 0) {
                return new HclExpr.Literal(raw, location);
            }
            StringBuilder text = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean marker = c == '$' || c == '%';
                if (marker && i + 2 < raw.length() && raw.charAt(i + 1) == c && raw.charAt(i + 2) == '{') {
                    text.append(c).append('{');
                    i += 2;
                } else if (marker && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                    return new HclExpr.Opaque(c == '%' ? "template directive" : "interpolation", location);
                } else {
                    text.append(c);
                }
            }
            return new HclExpr.Literal(text.toString(), location);
        }

        private Spanned template(StringInterpolatedExpression template, int position) {
            int open = scanner.charAt(position) == '"' ? position : scanner.openingQuoteBefore(position);
            int end = scanner.stringEnd(open);
            Location location = at(open, end);
            List<HclExpr> parts = new ArrayList<>();
            for (Symbol child : template.getChildren()) {
                if (child instanceof HCLValue literal && "string".equals(literal.type)) {
                    HclExpr text = literalText(literal.value == null ? "" : String.valueOf(literal.value), location);
                    if (!(text instanceof HclExpr.Literal)) {
                        return spanned(text, open, end);
                    }
                    if (!"".equals(((HclExpr.Literal) text).value())) {
                        parts.add(text);
                    }
                } else if (child instanceof StringInterpolatedExpression interpolation) {
                    parts.add(expression(interpolation.getChildren(), location).expr());
                } else if (!(child instanceof Operator)) {
                    parts.add(single(child).expr());
                }
            }
            return spanned(new HclExpr.Template(parts, location), open, end);
        }

        /** A heredoc: HCL4j positions it at the start of its terminator line and does not parse interpolations. */
        private Spanned heredoc(int terminatorLineStart) {
            int open = scanner.heredocOpening(terminatorLineStart);
            int terminatorStart = scanner.skipBlanks(terminatorLineStart);
            int end = scanner.identifierEnd(terminatorStart);
            if (open < 0) {
                return spanned(new HclExpr.Opaque("heredoc netlint cannot delimit", at(terminatorStart, end)),
                        terminatorStart, end);
            }
            Location location = at(open, end);
            boolean indented = scanner.charAt(open + 2) == '-';
            int contentStart = scanner.heredocContentStart(open);
            int contentEnd = Math.max(contentStart, terminatorLineStart);
            int indent = indented ? commonIndent(contentStart, contentEnd) : 0;
            List<HclExpr> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            boolean lineStart = true;
            int i = contentStart;
            while (i < contentEnd) {
                if (lineStart) {
                    int skipped = 0;
                    while (skipped < indent && i < contentEnd && (scanner.charAt(i) == ' ' || scanner.charAt(i) == '\t')) {
                        i++;
                        skipped++;
                    }
                    lineStart = false;
                    continue;
                }
                char c = scanner.charAt(i);
                boolean marker = c == '$' || c == '%';
                if (marker && scanner.charAt(i + 1) == c && scanner.charAt(i + 2) == '{') {
                    literal.append(c).append('{');
                    i += 3;
                } else if (marker && scanner.charAt(i + 1) == '{') {
                    if (c == '%') {
                        return spanned(new HclExpr.Opaque("template directive", location), open, end);
                    }
                    int close = scanner.matchingClose(i + 1);
                    flushLiteral(literal, parts, location);
                    parts.add(interpolation(i + 2, Math.max(i + 2, close - 1), location));
                    i = close;
                } else {
                    literal.append(c);
                    lineStart = c == '\n';
                    i++;
                }
            }
            flushLiteral(literal, parts, location);
            if (parts.isEmpty()) {
                return spanned(new HclExpr.Literal("", location), open, end);
            }
            if (parts.size() == 1 && parts.get(0) instanceof HclExpr.Literal only) {
                return spanned(new HclExpr.Literal(only.value(), location), open, end);
            }
            return spanned(new HclExpr.Template(parts, location), open, end);
        }

        private static void flushLiteral(StringBuilder literal, List<HclExpr> parts, Location location) {
            if (literal.length() > 0) {
                parts.add(new HclExpr.Literal(literal.toString(), location));
                literal.setLength(0);
            }
        }

        /** The smallest indentation of the non-blank lines of a {@code <<-} heredoc, which Terraform removes. */
        private int commonIndent(int from, int to) {
            int smallest = Integer.MAX_VALUE;
            int i = from;
            while (i < to) {
                int first = scanner.skipBlanks(i);
                int lineEnd = first;
                while (lineEnd < to && scanner.charAt(lineEnd) != '\n') {
                    lineEnd++;
                }
                boolean blank = first >= lineEnd || (scanner.charAt(first) == '\r' && first + 1 == lineEnd);
                if (!blank) {
                    smallest = Math.min(smallest, first - i);
                }
                i = lineEnd + 1;
            }
            return smallest == Integer.MAX_VALUE ? 0 : smallest;
        }

        /** A {@code ${...}} inside a heredoc, lexed on its own and located at its real place in the file. */
        private HclExpr interpolation(int start, int end, Location whenBroken) {
            char[] text = scanner.text();
            char[] wrapper = new char[FRAGMENT_PREFIX.length() + (end - start) + 1];
            FRAGMENT_PREFIX.getChars(0, FRAGMENT_PREFIX.length(), wrapper, 0);
            System.arraycopy(text, start, wrapper, FRAGMENT_PREFIX.length(), end - start);
            wrapper[wrapper.length - 1] = '\n';
            int shift = start - FRAGMENT_PREFIX.length();
            return lexFragment(wrapper, (s, e) -> locator.span(s + shift, e + shift), whenBroken);
        }

        private Spanned traversal(List<Symbol> parts, int start) {
            if (parts == null || parts.isEmpty()) {
                int end = scanner.tokenEnd(start);
                return spanned(new HclExpr.Opaque("empty reference", at(start, end)), start, end);
            }
            Symbol first = parts.get(0);
            Spanned source = null;
            String root = null;
            int end;
            if (first instanceof Variable variable && !(first instanceof VariableTree)) {
                root = variable.getName();
                end = offset(first) + root.length();
            } else {
                source = single(first);
                end = source.end();
            }
            List<HclExpr.TraversalStep> steps = new ArrayList<>();
            boolean splat = false;
            for (int i = 1; i < parts.size(); i++) {
                Symbol part = parts.get(i);
                int partStart = offset(part);
                if (part instanceof HCLArray index) {
                    int close = scanner.matchingClose(partStart);
                    List<Symbol> key = index.getChildren();
                    if (key != null && key.size() == 1 && key.get(0) instanceof Operator star
                            && "*".equals(star.getName())) {
                        splat = true;
                    } else {
                        Spanned keyExpr = expression(key, at(partStart, close));
                        steps.add(new HclExpr.TraversalStep.Index(keyExpr.expr(), at(partStart, close)));
                    }
                    end = close;
                } else if (part instanceof Variable attribute && !(part instanceof VariableTree)) {
                    int nameEnd = partStart + attribute.getName().length();
                    steps.add(new HclExpr.TraversalStep.GetAttr(attribute.getName(), at(partStart, nameEnd)));
                    end = nameEnd;
                } else {
                    Spanned other = single(part);
                    end = other.end();
                    splat = true; // a shape netlint does not model: never evaluate it
                }
            }
            Location location = at(start, end);
            if (splat) {
                return spanned(new HclExpr.Splat(location), start, end);
            }
            if (source != null) {
                return spanned(steps.isEmpty() ? source.expr()
                        : new HclExpr.RelativeTraversal(source.expr(), steps, location), start, end);
            }
            return spanned(new HclExpr.Traversal(root, steps, location), start, end);
        }

        private Spanned function(Function function, int start) {
            String name = function.getName();
            int open = scanner.skipBlanks(start + name.length());
            int end = scanner.matchingClose(open);
            int lastInside = scanner.previousNonWhitespace(end - 1);
            boolean expand = lastInside >= 2 && scanner.charAt(lastInside) == '.'
                    && scanner.charAt(lastInside - 1) == '.' && scanner.charAt(lastInside - 2) == '.';
            Location location = at(start, end);
            List<HclExpr> arguments = commaSeparated(function.getChildren(), location).stream()
                    .map(Spanned::expr).toList();
            return spanned(new HclExpr.FunctionCall(name, arguments, expand, location), start, end);
        }

        /**
         * HCL4j lexes a heredoc that is the only argument of a call ({@code base64encode(<<-EOT ... EOT)}, the usual
         * launch template {@code user_data}) as a sibling after an argument-less function. True when the symbol at
         * {@code next} is such a heredoc: a string that is not quoted and lies inside the call's parentheses.
         */
        private boolean heredocArgument(Function function, List<Symbol> symbols, int next) {
            if ((function.getChildren() != null && !function.getChildren().isEmpty()) || next >= symbols.size()
                    || !(symbols.get(next) instanceof HCLValue value) || !"string".equals(value.type)) {
                return false;
            }
            int start = offset(function);
            int open = scanner.skipBlanks(start + function.getName().length());
            int position = offset(value);
            return scanner.charAt(open) == '(' && scanner.charAt(position) != '"'
                    && position > open && position < scanner.matchingClose(open);
        }

        /** The function a symbol calls: a function symbol, or a variable tree that holds only one. */
        private static Function calledFunction(Symbol symbol) {
            if (symbol instanceof Function function) {
                return function;
            }
            if (symbol instanceof VariableTree tree && tree.getChildren() != null && tree.getChildren().size() == 1
                    && tree.getChildren().get(0) instanceof Function function) {
                return function;
            }
            return null;
        }

        private Spanned functionWithHeredoc(Function function, HCLValue heredoc) {
            int start = offset(function);
            int open = scanner.skipBlanks(start + function.getName().length());
            int end = scanner.matchingClose(open);
            Spanned argument = heredoc(offset(heredoc));
            return spanned(new HclExpr.FunctionCall(function.getName(), List.of(argument.expr()), false, at(start, end)),
                    start, end);
        }

        private Spanned object(HCLBlock object) {
            int brace = braceOf(object);
            int end = scanner.matchingClose(brace);
            Location location = at(brace, end);
            if (forExpressions.get(brace)) {
                return spanned(new HclExpr.ForExpr(location), brace, end);
            }
            List<HclExpr.ObjectItem> items = new ArrayList<>();
            if (object.getChildren() != null) {
                for (Symbol child : object.getChildren()) {
                    if (child instanceof HCLAttribute attribute) {
                        items.add(objectItem(attribute));
                    } else if (child instanceof HCLBlock nested) {
                        // HCL4j reads "key { ... }" inside an object as a block; it is an object-valued item
                        Spanned value = object(nested);
                        String key = nested.blockNames.isEmpty() ? "" : nested.blockNames.get(0);
                        items.add(new HclExpr.ObjectItem(new HclExpr.Literal(key, value.expr().location()),
                                value.expr()));
                    }
                }
            }
            return spanned(new HclExpr.ObjectCons(items, location), brace, end);
        }

        private HclExpr.ObjectItem objectItem(HCLAttribute attribute) {
            int keyStart = offset(attribute);
            HclExpr key;
            if (attribute.runtimeName != null) {
                key = template(attribute.runtimeName, keyStart).expr();
            } else {
                int keyEnd = scanner.charAt(keyStart) == '"' ? scanner.stringEnd(keyStart)
                        : scanner.identifierEnd(keyStart);
                key = new HclExpr.Literal(attribute.getName(), at(keyStart, keyEnd));
            }
            HclExpr value = expression(attribute.getChildren(), key.location()).expr();
            return new HclExpr.ObjectItem(key, value);
        }

        private static int offset(Symbol symbol) {
            Long position = symbol.getPosition();
            return position == null ? 0 : (int) (long) position;
        }
    }
}
