package dev.netlint.core.lang.groovy.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SwitchStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.ast.stmt.WhileStatement;

/** The names of constructs in messages ("a closure", "a loop", ...). */
final class ConstructNames {

    /**
     * Kinds of node named by their kind alone, subclasses included (a lambda is a closure, an elvis operator a
     * conditional expression, a method reference a method pointer).
     */
    private static final List<Map.Entry<Class<? extends ASTNode>, String>> BY_KIND = List.of(
            Map.entry(ClosureExpression.class, "a closure"),
            Map.entry(ForStatement.class, "a loop"),
            Map.entry(WhileStatement.class, "a loop"),
            Map.entry(DoWhileStatement.class, "a loop"),
            Map.entry(IfStatement.class, "an if statement"),
            Map.entry(SwitchStatement.class, "a switch statement"),
            Map.entry(TryCatchStatement.class, "a try statement"),
            Map.entry(GStringExpression.class, "an interpolated string (GString)"),
            Map.entry(TernaryExpression.class, "a conditional expression"),
            Map.entry(MethodPointerExpression.class, "a method pointer"),
            Map.entry(ConstructorCallExpression.class, "a constructor call (new)"),
            Map.entry(CastExpression.class, "a cast"),
            Map.entry(MapExpression.class, "a map"));

    private ConstructNames() {}

    /** The name of {@code node}'s construct in messages. */
    static String of(ASTNode node) {
        if (node instanceof DeclarationExpression declaration) {
            return "a variable declaration (" + declaration.getLeftExpression().getText() + ")";
        }
        if (node instanceof VariableExpression variable) {
            return "a variable (" + variable.getName() + ")";
        }
        if (node instanceof BinaryExpression binary) {
            return "the operator " + binary.getOperation().getText();
        }
        if (node instanceof MethodCallExpression call) {
            return "the call of " + call.getMethodAsString();
        }
        for (Map.Entry<Class<? extends ASTNode>, String> kind : BY_KIND) {
            if (kind.getKey().isInstance(node)) {
                return kind.getValue();
            }
        }
        String kind = node.getClass().getSimpleName().replaceAll("(Expression|Statement)$", "");
        return "a " + kind.toLowerCase(Locale.ROOT) + " " + (node instanceof Statement ? "statement" : "expression");
    }
}
