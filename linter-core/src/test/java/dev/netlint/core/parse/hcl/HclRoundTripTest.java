package dev.netlint.core.parse.hcl;

import static dev.netlint.core.parse.hcl.HclTrees.NOWHERE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * parse(print(tree)) == tree: random bodies and expressions of every kind the parser builds are printed as native
 * syntax ({@link HclTrees#print}) and parsed back; the trees must be equal apart from locations. Operands of
 * operators are parenthesised by the generator, so the printed text has one reading.
 */
class HclRoundTripTest {

    private static final String[] NAMES = {"a", "b", "var", "local", "each", "count", "aws_vpc", "x1", "with-dash",
        "résumé", "名前", "_u"};
    private static final String[] BINARY = {"||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"};
    private static final String TEXT = "ab ${}%{}$%\"\\\n\t\ré😀=#/*";

    @Property(tries = 400)
    void parsingAPrintedBodyGivesTheSameTree(@ForAll long seed) {
        HclBody body = new Generator(new Random(seed)).body(3);
        String text = HclTrees.print(body, "");

        HclParseResult parsed = new HclLoader().load(HclTestFiles.source("main.tf", text));

        assertThat(parsed.problem()).as("problem parsing:%n%s", text).isNull();
        assertThat(HclTrees.erase(parsed.file().body())).as("tree of:%n%s", text).isEqualTo(body);
    }

    @Property(tries = 400)
    void parsingAPrintedExpressionGivesTheSameTree(@ForAll long seed) {
        HclExpr expr = new Generator(new Random(seed)).expr(4);
        String text = "x = " + HclTrees.print(expr) + "\n";

        HclParseResult parsed = new HclLoader().load(HclTestFiles.source("main.tf", text));

        assertThat(parsed.problem()).as("problem parsing:%n%s", text).isNull();
        assertThat(HclTrees.erase(parsed.file().body().attributes().get(0).expr())).as("tree of:%n%s", text)
                .isEqualTo(expr);
    }

    /** Random trees with locations {@link HclTrees#NOWHERE}, in the forms the parser produces. */
    private static final class Generator {
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        private String name() {
            return NAMES[random.nextInt(NAMES.length)];
        }

        HclBody body(int depth) {
            List<HclAttribute> attributes = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String name = name();
                if (!used.contains(name)) {
                    used.add(name);
                    attributes.add(new HclAttribute(name, expr(3), NOWHERE));
                }
            }
            List<HclBlock> blocks = new ArrayList<>();
            if (depth > 0) {
                for (int i = random.nextInt(3); i > 0; i--) {
                    List<String> labels = new ArrayList<>();
                    for (int l = random.nextInt(3); l > 0; l--) {
                        labels.add(text());
                    }
                    blocks.add(new HclBlock(name(), labels, body(depth - 1), NOWHERE));
                }
            }
            return new HclBody(attributes, blocks);
        }

        private String text() {
            StringBuilder out = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                out.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, random.nextInt(
                        TEXT.codePointCount(0, TEXT.length())))));
            }
            return out.toString();
        }

        /** Literal text of a template part: not empty and without {@code $} or {@code %}, which could join a sequence. */
        private String partText() {
            String text = text().replace("$", "").replace("%", "");
            return text.isEmpty() ? "t" : text;
        }

        HclExpr expr(int depth) {
            int choice = random.nextInt(depth <= 0 ? 4 : 17);
            switch (choice) {
                case 0 -> {
                    return new HclExpr.Literal(text(), NOWHERE);
                }
                case 1 -> {
                    BigDecimal n = new BigDecimal(random.nextInt(100000)).movePointLeft(random.nextInt(4));
                    return new HclExpr.Literal(random.nextBoolean() || n.signum() == 0 ? n : n.negate(), NOWHERE);
                }
                case 2 -> {
                    int k = random.nextInt(3);
                    return new HclExpr.Literal(k == 0 ? null : k == 1, NOWHERE);
                }
                case 3 -> {
                    return traversal(depth);
                }
                case 4 -> {
                    List<HclExpr> args = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        args.add(expr(depth - 1));
                    }
                    String prefix = random.nextInt(5) == 0 ? "provider::aws::" : "";
                    return new HclExpr.FunctionCall(prefix + "fn" + name().replace("-", "_").replace("é", "e"),
                            args, !args.isEmpty() && random.nextInt(4) == 0, NOWHERE);
                }
                case 5 -> {
                    List<HclExpr> items = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        items.add(expr(depth - 1));
                    }
                    return new HclExpr.TupleCons(items, NOWHERE);
                }
                case 6 -> {
                    List<HclExpr.ObjectItem> items = new ArrayList<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        HclExpr key = switch (random.nextInt(3)) {
                            case 0 -> new HclExpr.Literal("k" + i, NOWHERE);
                            case 1 -> new HclExpr.Literal(text(), NOWHERE);
                            default -> new HclExpr.Parenthesized(expr(depth - 1), NOWHERE);
                        };
                        items.add(new HclExpr.ObjectItem(key, expr(depth - 1)));
                    }
                    return new HclExpr.ObjectCons(items, NOWHERE);
                }
                case 7 -> {
                    return new HclExpr.Parenthesized(expr(depth - 1), NOWHERE);
                }
                case 8 -> {
                    String operator = random.nextBoolean() ? "!" : "-";
                    HclExpr operand = operand(depth - 1);
                    if (operand instanceof HclExpr.Literal l && l.value() instanceof BigDecimal) {
                        operand = new HclExpr.Parenthesized(operand, NOWHERE); // "-5" is the literal -5
                    }
                    return new HclExpr.Unary(operator, operand, NOWHERE);
                }
                case 9, 10 -> {
                    return new HclExpr.Binary(BINARY[random.nextInt(BINARY.length)], operand(depth - 1),
                            operand(depth - 1), NOWHERE);
                }
                case 11 -> {
                    return new HclExpr.Conditional(operand(depth - 1), operand(depth - 1), operand(depth - 1),
                            NOWHERE);
                }
                case 12 -> {
                    List<HclExpr> parts = new ArrayList<>();
                    boolean literal = random.nextBoolean();
                    for (int i = 1 + random.nextInt(4); i > 0; i--) {
                        HclExpr part = literal ? new HclExpr.Literal(partText(), NOWHERE) : expr(depth - 1);
                        if (!literal && part instanceof HclExpr.Literal l && l.value() instanceof String) {
                            part = new HclExpr.Parenthesized(part, NOWHERE); // "${"x"}" would print as text
                        }
                        parts.add(part);
                        literal = !literal;
                    }
                    if (parts.stream().allMatch(p -> p instanceof HclExpr.Literal l && l.value() instanceof String)) {
                        parts.add(traversal(0));
                    }
                    return new HclExpr.Template(parts, NOWHERE);
                }
                case 13 -> {
                    boolean object = random.nextBoolean();
                    return new HclExpr.ForExpr(random.nextBoolean() ? "k" : null, "v", expr(depth - 1),
                            object ? expr(depth - 1) : null, expr(depth - 1),
                            random.nextBoolean() ? expr(depth - 1) : null, object && random.nextBoolean(), NOWHERE);
                }
                case 14 -> {
                    boolean attributeOnly = random.nextBoolean();
                    HclExpr.SplatItem item = new HclExpr.SplatItem(NOWHERE);
                    HclExpr each = item;
                    if (random.nextBoolean()) {
                        List<HclExpr.TraversalStep> steps = new ArrayList<>();
                        steps.add(new HclExpr.TraversalStep.GetAttr(name(), NOWHERE));
                        if (!attributeOnly && random.nextBoolean()) {
                            steps.add(new HclExpr.TraversalStep.Index(expr(depth - 1), NOWHERE));
                        }
                        each = new HclExpr.RelativeTraversal(item, steps, NOWHERE);
                    }
                    return new HclExpr.Splat(traversal(0), each, attributeOnly, NOWHERE);
                }
                default -> {
                    List<HclExpr.TraversalStep> steps = new ArrayList<>();
                    steps.add(new HclExpr.TraversalStep.GetAttr(name(), NOWHERE));
                    return new HclExpr.RelativeTraversal(new HclExpr.Parenthesized(expr(depth - 1), NOWHERE), steps,
                            NOWHERE);
                }
            }
        }

        /** An operand of an operator: a term, parenthesised unless it is one already. */
        private HclExpr operand(int depth) {
            HclExpr e = expr(depth);
            boolean term = e instanceof HclExpr.Traversal || e instanceof HclExpr.FunctionCall
                    || e instanceof HclExpr.TupleCons || e instanceof HclExpr.ObjectCons
                    || e instanceof HclExpr.Template || e instanceof HclExpr.Parenthesized
                    || (e instanceof HclExpr.Literal l && !(l.value() instanceof BigDecimal n && n.signum() < 0));
            return term ? e : new HclExpr.Parenthesized(e, NOWHERE);
        }

        private HclExpr traversal(int depth) {
            List<HclExpr.TraversalStep> steps = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                steps.add(random.nextBoolean() ? new HclExpr.TraversalStep.GetAttr(name(), NOWHERE)
                        : new HclExpr.TraversalStep.Index(depth > 0 ? expr(depth - 1)
                        : new HclExpr.Literal(BigDecimal.valueOf(random.nextInt(9)), NOWHERE), NOWHERE));
            }
            return new HclExpr.Traversal("r" + name(), steps, NOWHERE);
        }
    }
}
