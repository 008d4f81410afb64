package dev.netlint.core.lang.groovy.catalog;

import static dev.netlint.core.lang.groovy.catalog.DslMethods.RULE_BUILDER;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.RULE_SPEC;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.isRuleMethod;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.target;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.twin;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.FieldNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.EmptyStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;

/**
 * Translates one rule file: each top-level {@code rule(id, name) { ... }} block becomes a Java method that builds the
 * rule with a {@link RuleBuilder}, each statement of the block (a word of {@code RuleSpec}) the call of the builder's
 * twin method. Classes, methods, fields and other statements are reported, with their position, in file order.
 */
final class RuleFileTranslator {

    /** A problem of the file, ordered by position. */
    private record Problem(int line, int column, String text) {}

    private final RuleFile file;
    private final ModuleNode module;
    private final Set<String> methodNames;
    private final List<Problem> found = new ArrayList<>();

    /** {@code methodNames}: the names of the catalog's methods so far, shared by the files of one catalog. */
    RuleFileTranslator(RuleFile file, ModuleNode module, Set<String> methodNames) {
        this.file = file;
        this.module = module;
        this.methodNames = methodNames;
    }

    /**
     * Appends the file's rule methods to {@code methods}, their names to {@code ruleMethods}, the script class name to
     * {@code scripts} and the file's problems, in file order, to {@code problems}.
     */
    void translate(StringBuilder methods, List<String> ruleMethods, List<String> scripts, List<String> problems) {
        try {
            translateFile(methods, ruleMethods, scripts);
        } finally {
            found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            found.forEach(p -> problems.add(p.text()));
        }
    }

    private void translateFile(StringBuilder methods, List<String> ruleMethods, List<String> scripts) {
        ClassNode script = null;
        for (ClassNode type : module.getClasses()) {
            if (type.isScript() && script == null) {
                script = type;
            } else {
                problem(type, "a class declaration is not supported in a built-in rule file");
            }
        }
        if (script == null) {
            problem(null, "not a rule script (" + UnsupportedConstruct.SUBSET + ")");
            return;
        }
        scripts.add(script.getName());
        for (MethodNode method : script.getMethods()) {
            if (method.getLineNumber() > 0 && !method.isSynthetic()) {
                problem(method, "a method declaration (" + method.getName() + ") is not supported in a built-in rule file");
            }
        }
        for (FieldNode field : script.getFields()) {
            if (field.getLineNumber() > 0) {
                problem(field, "a script field (" + field.getName() + ") is not supported in a built-in rule file");
            }
        }
        int index = 0;
        for (Statement statement : statements(script.getMethod("run", Parameter.EMPTY_ARRAY).getCode())) {
            try {
                MethodCallExpression call = ruleCall(statement);
                String name = methodName(script, ++index);
                methods.append(ruleMethod(name, call));
                ruleMethods.add(name);
            } catch (UnsupportedConstruct e) {
                problem(e.node(), e.getMessage());
            }
        }
    }

    /** The script's name in lower camel case, numbered from its second rule on, unique in the catalog. */
    private String methodName(ClassNode script, int index) {
        String simple = script.getNameWithoutPackage();
        String base = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + (index > 1 ? index : "");
        String name = base;
        for (int n = 2; !methodNames.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** A top-level statement: {@code rule(id, name) { ... }}. */
    private static MethodCallExpression ruleCall(Statement statement) {
        Expression expression = expressionOf(statement);
        if (expression instanceof MethodCallExpression call && call.isImplicitThis() && target(call) != null
                && isRuleMethod(target(call))) {
            return call;
        }
        throw new UnsupportedConstruct(statement, ConstructNames.of(expression == null ? statement : expression)
                + " is not supported at the top level of a built-in rule file, only rule(id, name) { ... } blocks");
    }

    private String ruleMethod(String name, MethodCallExpression call) {
        List<Expression> args = ExpressionTranslator.argumentList(call.getArguments(), call);
        if (args.size() != 3 || !(args.get(2) instanceof ClosureExpression body)) {
            throw new UnsupportedConstruct(call, "rule(...) needs an id, a name and a { ... } block");
        }
        if (body.isParameterSpecified() && body.getParameters().length > 0) {
            throw new UnsupportedConstruct(body, "a rule block with parameters is not supported");
        }
        StringBuilder java = new StringBuilder();
        java.append("\n    // ").append(file.relativeName().replace('\\', '/')).append(':')
                .append(call.getLineNumber()).append('\n')
                .append("    private static ").append(RuleDefinition.class.getName()).append(' ').append(name)
                .append("() {\n")
                .append("        ").append(RuleBuilder.class.getName()).append(" rule = new ")
                .append(RuleBuilder.class.getName()).append('(')
                .append(ExpressionTranslator.expression(args.get(0), ClassHelper.STRING_TYPE, call)).append(", ")
                .append(ExpressionTranslator.expression(args.get(1), ClassHelper.STRING_TYPE, call)).append(");\n");
        for (Statement statement : statements(body.getCode())) {
            try {
                java.append("        ").append(word(statement)).append(";\n");
            } catch (UnsupportedConstruct e) {
                problem(e.node(), e.getMessage());
            }
        }
        return java.append("        return rule.build();\n    }\n").toString();
    }

    /** A statement of a rule block: one of {@code RuleSpec}'s words, called on the {@link RuleBuilder}. */
    private static String word(Statement statement) {
        Expression expression = expressionOf(statement);
        MethodNode target = expression == null ? null : target(expression);
        if (!(expression instanceof MethodCallExpression call && call.isImplicitThis() && target != null
                && target.getDeclaringClass().equals(RULE_SPEC))) {
            throw new UnsupportedConstruct(statement, ConstructNames.of(expression == null ? statement : expression)
                    + " is not supported in a rule block, only RuleSpec's words (severity, summary, check(...), ...)");
        }
        MethodNode twin = twin(RULE_BUILDER, target, false, call);
        return "rule." + twin.getName() + "(" + ExpressionTranslator.arguments(call, target) + ")";
    }

    /**
     * The statements of a block, the last {@code return} (added by Groovy to scripts and closures) included; an
     * earlier {@code return} is reported and left out.
     */
    private List<Statement> statements(Statement code) {
        List<Statement> statements = new ArrayList<>();
        collect(code, statements);
        for (int i = statements.size() - 2; i >= 0; i--) {
            if (statements.get(i) instanceof ReturnStatement) {
                problem(statements.remove(i), "return is not supported in a built-in rule file");
            }
        }
        return statements;
    }

    private static void collect(Statement code, List<Statement> statements) {
        if (code instanceof BlockStatement block) {
            for (Statement statement : block.getStatements()) {
                collect(statement, statements);
            }
        } else if (code != null && !(code instanceof EmptyStatement)) {
            statements.add(code);
        }
    }

    /** The expression of an expression statement or of a (last) return statement; null for other statements. */
    private static Expression expressionOf(Statement statement) {
        if (statement instanceof ExpressionStatement expression) {
            return expression.getExpression();
        }
        if (statement instanceof ReturnStatement ret && !ret.isReturningNullOrVoid()) {
            return ret.getExpression();
        }
        return null;
    }

    private void problem(ASTNode node, String message) {
        if (node != null && node.getLineNumber() > 0) {
            found.add(new Problem(node.getLineNumber(), node.getColumnNumber(), file.displayName() + ":"
                    + node.getLineNumber() + ":" + node.getColumnNumber() + ": " + message));
        } else {
            found.add(new Problem(0, 0, file.displayName() + ": " + message));
        }
    }
}
