package dev.netlint.bench.legacyhcl;

import dev.netlint.core.parse.hcl.*;

import dev.netlint.core.source.Location;
import java.util.List;

/**
 * Builds an expression tree from HCL4j's flat operand/operator sequence ({@code a == "x" ? 1 : 2} arrives as seven
 * siblings) with HCL's precedence, highest first: unary {@code ! -}; {@code * / %}; {@code + -};
 * {@code > >= < <=}; {@code == !=}; {@code &&}; {@code ||}; then the right-associative conditional {@code ? :}.
 * A sequence that does not fit the grammar becomes {@link HclExpr.Opaque}, never an exception.
 */
public final class LegacyOperatorPrecedence {

    /** One element of the flat sequence. */
    sealed interface Item {
        Location location();
    }

    record Operand(HclExpr expr) implements Item {
        @Override
        public Location location() {
            return expr.location();
        }
    }

    record Operator(String symbol, Location location) implements Item {}

    private final List<Item> items;
    private int next;

    private LegacyOperatorPrecedence(List<Item> items) {
        this.items = items;
    }

    static HclExpr parse(List<Item> items, Location whenEmpty) {
        if (items.isEmpty()) {
            return new HclExpr.Opaque("missing expression", whenEmpty);
        }
        if (items.size() == 1 && items.get(0) instanceof Operand operand) {
            return operand.expr();
        }
        LegacyOperatorPrecedence parser = new LegacyOperatorPrecedence(items);
        try {
            HclExpr result = parser.conditional();
            if (parser.next == items.size()) {
                return result;
            }
        } catch (MalformedSequence e) {
            // fall through to the opaque node below
        }
        return new HclExpr.Opaque("expression netlint cannot structure", span(items.get(0).location(),
                items.get(items.size() - 1).location()));
    }

    private HclExpr conditional() {
        HclExpr condition = binary(1);
        if (peekOperator("?")) {
            next++;
            HclExpr whenTrue = conditional();
            if (!peekOperator(":")) {
                throw new MalformedSequence();
            }
            next++;
            HclExpr whenFalse = conditional();
            return new HclExpr.Conditional(condition, whenTrue, whenFalse,
                    span(condition.location(), whenFalse.location()));
        }
        return condition;
    }

    private HclExpr binary(int minimumPrecedence) {
        HclExpr left = unary();
        while (next < items.size() && items.get(next) instanceof Operator operator
                && precedence(operator.symbol()) >= minimumPrecedence) {
            next++;
            HclExpr right = binary(precedence(operator.symbol()) + 1);
            left = new HclExpr.Binary(operator.symbol(), left, right, span(left.location(), right.location()));
        }
        return left;
    }

    private HclExpr unary() {
        if (next >= items.size()) {
            throw new MalformedSequence();
        }
        Item item = items.get(next++);
        if (item instanceof Operand operand) {
            return operand.expr();
        }
        Operator operator = (Operator) item;
        if (operator.symbol().equals("!") || operator.symbol().equals("-")) {
            HclExpr operand = unary();
            return new HclExpr.Unary(operator.symbol(), operand, span(operator.location(), operand.location()));
        }
        throw new MalformedSequence();
    }

    private boolean peekOperator(String symbol) {
        return next < items.size() && items.get(next) instanceof Operator operator && operator.symbol().equals(symbol);
    }

    /** Binary precedence, higher binds tighter; 0 for anything that is not a binary operator. */
    static int precedence(String symbol) {
        return switch (symbol) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=" -> 3;
            case ">", ">=", "<", "<=" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "%" -> 6;
            default -> 0;
        };
    }

    static Location span(Location first, Location last) {
        return new Location(first.file(), first.line(), first.column(), last.endLine(), last.endColumn());
    }

    /** Control flow for a sequence that does not fit the grammar; carries no stack trace. */
    private static final class MalformedSequence extends RuntimeException {
        MalformedSequence() {
            super(null, null, false, false);
        }
    }
}
