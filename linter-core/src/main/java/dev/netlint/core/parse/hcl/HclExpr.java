package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.List;

/**
 * An HCL expression, positioned. {@code for} expressions and splats keep their parts for analysis, but netlint's
 * evaluator gives them unknown, as it does template directives (kept as opaque nodes), so they can never produce a
 * wrong known value.
 */
public sealed interface HclExpr extends HasLocation {

    /** A string, number ({@link BigDecimal}), boolean, or {@code null} literal. */
    record Literal(Object value, Location location, TextOrigins origins) implements HclExpr {
        public Literal {
            if (value != null && !(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
                throw new IllegalArgumentException("not an HCL literal: " + value.getClass());
            }
        }

        public Literal(Object value, Location location) {
            this(value, location, null);
        }

        /**
         * Where character {@code offset} of a string literal was written: exact for multi-line and escaped text
         * ({@link TextOrigins}); otherwise one column per character from the first one after any opening quote.
         */
        public Location locate(int offset) {
            if (origins != null) {
                return origins.locate(offset);
            }
            int quote = value instanceof String s && location.line() == location.endLine()
                    && location.endColumn() - location.column() == s.length() + 2 ? 1 : 0;
            return Location.at(location.file(), location.line(), location.column() + quote + offset);
        }

        /** Origins follow from value and location (the same text at the same place), so equality ignores them. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Literal literal && java.util.Objects.equals(value, literal.value)
                    && location.equals(literal.location);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(value, location);
        }

        @Override
        public String toString() {
            return "Literal[value=" + value + ", location=" + location + "]";
        }
    }

    /**
     * A quoted or heredoc template with interpolations: literal string parts and {@code ${...}} expressions in order.
     * A template that is exactly one interpolation ({@code "${x}"}) yields the value of {@code x} unconverted, as in HCL.
     */
    record Template(List<HclExpr> parts, Location location) implements HclExpr {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /** A reference rooted at a name: {@code var.x}, {@code local.y}, {@code aws_vpc.main.cidr_block}, {@code each.value}. */
    record Traversal(String root, List<TraversalStep> steps, Location location) implements HclExpr {
        public Traversal {
            steps = List.copyOf(steps);
        }
    }

    /** Attribute or index access on the result of another expression: {@code tolist(x)[0]}, {@code element(l, 0).id}. */
    record RelativeTraversal(HclExpr source, List<TraversalStep> steps, Location location) implements HclExpr {
        public RelativeTraversal {
            steps = List.copyOf(steps);
        }
    }

    /** {@code name(args...)}; {@code expandFinalArgument} is the {@code ...} after the last argument. */
    record FunctionCall(String name, List<HclExpr> arguments, boolean expandFinalArgument, Location location)
            implements HclExpr {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    record TupleCons(List<HclExpr> items, Location location) implements HclExpr {
        public TupleCons {
            items = List.copyOf(items);
        }
    }

    record ObjectCons(List<ObjectItem> items, Location location) implements HclExpr {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /** One {@code key = value} of an object constructor; a bare key ({@code a = 1}) is a string literal. */
    record ObjectItem(HclExpr key, HclExpr value) {}

    /** {@code (inner)}: kept so that the parentheses are part of the location of any enclosing operation. */
    record Parenthesized(HclExpr inner, Location location) implements HclExpr {}

    /** {@code !x} or {@code -x}. */
    record Unary(String operator, HclExpr operand, Location location) implements HclExpr {}

    record Binary(String operator, HclExpr left, HclExpr right, Location location) implements HclExpr {}

    record Conditional(HclExpr condition, HclExpr whenTrue, HclExpr whenFalse, Location location) implements HclExpr {}

    /**
     * {@code [for k, v in collection : value if condition]} or {@code {for k, v in collection : key => value... if
     * condition}}: never evaluated (netlint's evaluator gives unknown). {@code keyVariable}, {@code key} and
     * {@code condition} are null when absent; {@code key} is non-null exactly for the object form; {@code grouping} is
     * the {@code ...} after an object form's value.
     */
    record ForExpr(String keyVariable, String valueVariable, HclExpr collection, HclExpr key, HclExpr value,
                   HclExpr condition, boolean grouping, Location location) implements HclExpr {
        /** A {@code for} expression whose parts are not known (as Terraform JSON or a plan gives none). */
        public ForExpr(Location location) {
            this(null, "", null, null, null, null, false, location);
        }

        public boolean producesObject() {
            return key != null;
        }
    }

    /**
     * {@code source[*].id} or the legacy {@code source.*.id}: {@code each} is applied to every element of
     * {@code source}, and is built on a {@link SplatItem} standing for the element ({@code [*].id} is a
     * {@link RelativeTraversal} of the item). A full splat takes every following attribute, index and splat step;
     * the legacy attribute-only splat ({@code attributeOnly}) takes only attribute steps. Never evaluated.
     */
    record Splat(HclExpr source, HclExpr each, boolean attributeOnly, Location location) implements HclExpr {
        /** A splat whose parts are not known. */
        public Splat(Location location) {
            this(null, null, false, location);
        }
    }

    /** The element a {@link Splat}'s {@code each} applies to; located at the {@code [*]} or {@code .*} marker. */
    record SplatItem(Location location) implements HclExpr {}

    /** Anything else netlint cannot evaluate (a template directive, an expression it could not structure). */
    record Opaque(String reason, Location location) implements HclExpr {}

    /**
     * A reference Terraform already resolved to one resource instance ({@code aws_security_group.nodes}, attribute
     * {@code id}), as a plan's configuration gives it; never produced by parsing HCL text.
     */
    record ResolvedReference(String address, String attribute, Location location) implements HclExpr {}

    /** A step of a traversal. */
    sealed interface TraversalStep extends HasLocation {
        record GetAttr(String name, Location location) implements TraversalStep {}

        record Index(HclExpr key, Location location) implements TraversalStep {}
    }
}
