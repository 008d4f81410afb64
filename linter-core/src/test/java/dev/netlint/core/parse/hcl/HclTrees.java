package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers over trees: a printer back to HCL text, locations erased, and a compact shape for assertions. */
final class HclTrees {

    static final Location NOWHERE = Location.at("-", 1, 1);

    private HclTrees() {
    }

    /** Native syntax that parses back to the same tree (ignoring locations). */
    static String print(HclBody body, String indent) {
        StringBuilder out = new StringBuilder();
        for (HclAttribute attribute : body.attributes()) {
            out.append(indent).append(attribute.name()).append(" = ").append(print(attribute.expr())).append('\n');
        }
        for (HclBlock block : body.blocks()) {
            out.append(indent).append(block.type());
            for (String label : block.labels()) {
                out.append(' ').append(quote(label));
            }
            out.append(" {\n").append(print(block.body(), indent + "  ")).append(indent).append("}\n");
        }
        return out.toString();
    }

    static String print(HclExpr e) {
        if (e instanceof HclExpr.Literal l) {
            Object v = l.value();
            if (v == null) {
                return "null";
            }
            if (v instanceof String s) {
                return quote(s);
            }
            if (v instanceof BigDecimal n) {
                return n.toPlainString();
            }
            return v.toString();
        }
        if (e instanceof HclExpr.Template t) {
            StringBuilder out = new StringBuilder("\"");
            for (HclExpr part : t.parts()) {
                if (part instanceof HclExpr.Literal l && l.value() instanceof String s) {
                    out.append(escape(s));
                } else {
                    out.append("${").append(print(part)).append('}');
                }
            }
            return out.append('"').toString();
        }
        if (e instanceof HclExpr.Traversal t) {
            return t.root() + steps(t.steps());
        }
        if (e instanceof HclExpr.RelativeTraversal r) {
            return print(r.source()) + steps(r.steps());
        }
        if (e instanceof HclExpr.FunctionCall f) {
            return f.name() + "(" + f.arguments().stream().map(HclTrees::print).collect(Collectors.joining(", "))
                    + (f.expandFinalArgument() ? "..." : "") + ")";
        }
        if (e instanceof HclExpr.TupleCons t) {
            return "[" + t.items().stream().map(HclTrees::print).collect(Collectors.joining(", ")) + "]";
        }
        if (e instanceof HclExpr.ObjectCons o) {
            return "{" + o.items().stream().map(i -> key(i.key()) + " = " + print(i.value()))
                    .collect(Collectors.joining(", ")) + "}";
        }
        if (e instanceof HclExpr.Parenthesized p) {
            return "(" + print(p.inner()) + ")";
        }
        if (e instanceof HclExpr.Unary u) {
            return u.operator() + print(u.operand());
        }
        if (e instanceof HclExpr.Binary b) {
            return print(b.left()) + " " + b.operator() + " " + print(b.right());
        }
        if (e instanceof HclExpr.Conditional c) {
            return print(c.condition()) + " ? " + print(c.whenTrue()) + " : " + print(c.whenFalse());
        }
        if (e instanceof HclExpr.ForExpr f) {
            boolean object = f.producesObject();
            return (object ? "{" : "[") + "for " + (f.keyVariable() == null ? "" : f.keyVariable() + ", ")
                    + f.valueVariable() + " in " + print(f.collection()) + " : "
                    + (object ? print(f.key()) + " => " : "") + print(f.value()) + (f.grouping() ? "..." : "")
                    + (f.condition() == null ? "" : " if " + print(f.condition())) + (object ? "}" : "]");
        }
        if (e instanceof HclExpr.Splat s) {
            return print(s.source()) + each(s.each(), s.attributeOnly() ? ".*" : "[*]");
        }
        throw new IllegalArgumentException("cannot print " + e);
    }

    /** A splat's per-element expression, written after its source; {@code marker} stands for the element. */
    private static String each(HclExpr e, String marker) {
        if (e instanceof HclExpr.SplatItem) {
            return marker;
        }
        if (e instanceof HclExpr.RelativeTraversal r) {
            return each(r.source(), marker) + steps(r.steps());
        }
        if (e instanceof HclExpr.Splat s) {
            return each(s.source(), marker) + each(s.each(), s.attributeOnly() ? ".*" : "[*]");
        }
        throw new IllegalArgumentException("not a splat element expression: " + e);
    }

    private static String key(HclExpr key) {
        if (key instanceof HclExpr.Literal l && l.value() instanceof String s && s.matches("[a-z][a-z0-9_]*")) {
            return s;
        }
        return print(key);
    }

    private static String steps(List<HclExpr.TraversalStep> steps) {
        StringBuilder out = new StringBuilder();
        for (HclExpr.TraversalStep step : steps) {
            if (step instanceof HclExpr.TraversalStep.GetAttr g) {
                out.append('.').append(g.name());
            } else {
                out.append('[').append(print(((HclExpr.TraversalStep.Index) step).key())).append(']');
            }
        }
        return out.toString();
    }

    static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opens = i + 1 < s.length() && s.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> out.append(opens ? "" + c + c : "" + c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The tree with every location replaced by {@link #NOWHERE}, for comparing shapes. */
    static HclBody erase(HclBody body) {
        return new HclBody(body.attributes().stream().map(a -> new HclAttribute(a.name(), erase(a.expr()), NOWHERE))
                .toList(), body.blocks().stream().map(b -> new HclBlock(b.type(), b.labels(), erase(b.body()), NOWHERE))
                .toList());
    }

    static HclExpr erase(HclExpr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof HclExpr.Literal l) {
            return new HclExpr.Literal(l.value(), NOWHERE);
        }
        if (e instanceof HclExpr.Template t) {
            return new HclExpr.Template(t.parts().stream().map(HclTrees::erase).toList(), NOWHERE);
        }
        if (e instanceof HclExpr.Traversal t) {
            return new HclExpr.Traversal(t.root(), erase(t.steps()), NOWHERE);
        }
        if (e instanceof HclExpr.RelativeTraversal r) {
            return new HclExpr.RelativeTraversal(erase(r.source()), erase(r.steps()), NOWHERE);
        }
        if (e instanceof HclExpr.FunctionCall f) {
            return new HclExpr.FunctionCall(f.name(), f.arguments().stream().map(HclTrees::erase).toList(),
                    f.expandFinalArgument(), NOWHERE);
        }
        if (e instanceof HclExpr.TupleCons t) {
            return new HclExpr.TupleCons(t.items().stream().map(HclTrees::erase).toList(), NOWHERE);
        }
        if (e instanceof HclExpr.ObjectCons o) {
            return new HclExpr.ObjectCons(o.items().stream()
                    .map(i -> new HclExpr.ObjectItem(erase(i.key()), erase(i.value()))).toList(), NOWHERE);
        }
        if (e instanceof HclExpr.Parenthesized p) {
            return new HclExpr.Parenthesized(erase(p.inner()), NOWHERE);
        }
        if (e instanceof HclExpr.Unary u) {
            return new HclExpr.Unary(u.operator(), erase(u.operand()), NOWHERE);
        }
        if (e instanceof HclExpr.Binary b) {
            return new HclExpr.Binary(b.operator(), erase(b.left()), erase(b.right()), NOWHERE);
        }
        if (e instanceof HclExpr.Conditional c) {
            return new HclExpr.Conditional(erase(c.condition()), erase(c.whenTrue()), erase(c.whenFalse()), NOWHERE);
        }
        if (e instanceof HclExpr.ForExpr f) {
            return new HclExpr.ForExpr(f.keyVariable(), f.valueVariable(), erase(f.collection()), erase(f.key()),
                    erase(f.value()), erase(f.condition()), f.grouping(), NOWHERE);
        }
        if (e instanceof HclExpr.Splat s) {
            return new HclExpr.Splat(erase(s.source()), erase(s.each()), s.attributeOnly(), NOWHERE);
        }
        if (e instanceof HclExpr.SplatItem) {
            return new HclExpr.SplatItem(NOWHERE);
        }
        if (e instanceof HclExpr.Opaque o) {
            return new HclExpr.Opaque(o.reason(), NOWHERE);
        }
        return e;
    }

    private static List<HclExpr.TraversalStep> erase(List<HclExpr.TraversalStep> steps) {
        return steps.stream().map(s -> s instanceof HclExpr.TraversalStep.GetAttr g
                ? (HclExpr.TraversalStep) new HclExpr.TraversalStep.GetAttr(g.name(), NOWHERE)
                : new HclExpr.TraversalStep.Index(erase(((HclExpr.TraversalStep.Index) s).key()), NOWHERE)).toList();
    }

    /** A compact rendering of a tree's structure without locations. */
    static String shape(HclExpr e) {
        if (e == null) {
            return "-";
        }
        if (e instanceof HclExpr.Literal l) {
            return l.value() instanceof String s ? "'" + s + "'" : String.valueOf(l.value());
        }
        if (e instanceof HclExpr.Binary b) {
            return "(" + shape(b.left()) + " " + b.operator() + " " + shape(b.right()) + ")";
        }
        if (e instanceof HclExpr.Unary u) {
            return "(" + u.operator() + shape(u.operand()) + ")";
        }
        if (e instanceof HclExpr.Conditional c) {
            return "(" + shape(c.condition()) + " ? " + shape(c.whenTrue()) + " : " + shape(c.whenFalse()) + ")";
        }
        if (e instanceof HclExpr.Parenthesized p) {
            return "P(" + shape(p.inner()) + ")";
        }
        if (e instanceof HclExpr.Traversal t) {
            return t.root() + shapeSteps(t.steps());
        }
        if (e instanceof HclExpr.RelativeTraversal r) {
            return "rel(" + shape(r.source()) + ")" + shapeSteps(r.steps());
        }
        if (e instanceof HclExpr.FunctionCall f) {
            return f.name() + f.arguments().stream().map(HclTrees::shape).toList()
                    + (f.expandFinalArgument() ? "..." : "");
        }
        if (e instanceof HclExpr.TupleCons t) {
            return t.items().stream().map(HclTrees::shape).toList().toString();
        }
        if (e instanceof HclExpr.ObjectCons o) {
            return "{" + o.items().stream().map(i -> shape(i.key()) + "=" + shape(i.value()))
                    .collect(Collectors.joining(",")) + "}";
        }
        if (e instanceof HclExpr.Template t) {
            return "tpl" + t.parts().stream().map(HclTrees::shape).toList();
        }
        if (e instanceof HclExpr.ForExpr f) {
            return "for(" + f.keyVariable() + "," + f.valueVariable() + " in " + shape(f.collection()) + ": "
                    + shape(f.key()) + " => " + shape(f.value()) + (f.grouping() ? "..." : "") + " if "
                    + shape(f.condition()) + ")";
        }
        if (e instanceof HclExpr.Splat s) {
            return "splat" + (s.attributeOnly() ? ".*" : "[*]") + "(" + shape(s.source()) + " each "
                    + shape(s.each()) + ")";
        }
        if (e instanceof HclExpr.SplatItem) {
            return "item";
        }
        return "OPAQUE(" + ((HclExpr.Opaque) e).reason() + ")";
    }

    private static String shapeSteps(List<HclExpr.TraversalStep> steps) {
        StringBuilder out = new StringBuilder();
        for (HclExpr.TraversalStep step : steps) {
            out.append(step instanceof HclExpr.TraversalStep.GetAttr g ? "." + g.name()
                    : "[" + shape(((HclExpr.TraversalStep.Index) step).key()) + "]");
        }
        return out.toString();
    }
}
