package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclExpr.TraversalStep;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The resources an expression mentions, found syntactically. Used when an expression's value is unknown
 * ({@code local.create ? aws_security_group.node[0].id : var.id}) to tell which resources it may still denote.
 */
final class ReferencedResources {

    private ReferencedResources() {
    }

    /** Addresses {@code type.name} of the resources of the given types that {@code expr} mentions. */
    static Set<String> of(HclExpr expr, Set<String> types) {
        Set<String> found = new LinkedHashSet<>();
        collect(expr, types, found);
        return found;
    }

    private static void collect(HclExpr expr, Set<String> types, Set<String> found) {
        if (expr instanceof HclExpr.Traversal t) {
            if (types.contains(t.root()) && !t.steps().isEmpty() && t.steps().get(0) instanceof TraversalStep.GetAttr g) {
                found.add(t.root() + "." + g.name());
            }
            t.steps().forEach(step -> collectStep(step, types, found));
        } else if (expr instanceof HclExpr.RelativeTraversal r) {
            collect(r.source(), types, found);
            r.steps().forEach(step -> collectStep(step, types, found));
        } else if (expr instanceof HclExpr.Template t) {
            t.parts().forEach(part -> collect(part, types, found));
        } else if (expr instanceof HclExpr.FunctionCall f) {
            f.arguments().forEach(argument -> collect(argument, types, found));
        } else if (expr instanceof HclExpr.TupleCons t) {
            t.items().forEach(item -> collect(item, types, found));
        } else if (expr instanceof HclExpr.ObjectCons o) {
            o.items().forEach(item -> collect(item.value(), types, found));
        } else if (expr instanceof HclExpr.Parenthesized p) {
            collect(p.inner(), types, found);
        } else if (expr instanceof HclExpr.Unary u) {
            collect(u.operand(), types, found);
        } else if (expr instanceof HclExpr.Binary b) {
            collect(b.left(), types, found);
            collect(b.right(), types, found);
        } else if (expr instanceof HclExpr.Conditional c) {
            collect(c.condition(), types, found);
            collect(c.whenTrue(), types, found);
            collect(c.whenFalse(), types, found);
        }
    }

    private static void collectStep(TraversalStep step, Set<String> types, Set<String> found) {
        if (step instanceof TraversalStep.Index index) {
            collect(index.key(), types, found);
        }
    }
}
