package dev.netlint.core.lang.groovy.catalog;

import static dev.netlint.core.lang.groovy.catalog.DslMethods.RULE_DEFINITIONS;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.RULE_SCRIPT;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.RULE_SPEC;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.isRuleMethod;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.target;
import static dev.netlint.core.lang.groovy.catalog.DslMethods.twin;
import static dev.netlint.core.lang.groovy.catalog.UnsupportedConstruct.SUBSET;
import static dev.netlint.core.lang.groovy.catalog.UnsupportedConstruct.positioned;

import java.lang.reflect.Modifier;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.FieldNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.syntax.Types;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;

/**
 * Translates the arguments of rule words into Java expressions: strings (joined with {@code +}), whole numbers,
 * booleans, {@code null}, lists, static constants ({@code ERROR}) and chains of calls of Java methods with such
 * arguments, following the methods the type checker chose. Anything else throws an {@link UnsupportedConstruct}.
 */
final class ExpressionTranslator {

    private static final List<String> LIST_PARAMETER_TYPES =
            List.of("java.lang.Object", "java.util.List", "java.util.Collection", "java.lang.Iterable");

    private ExpressionTranslator() {}

    /**
     * {@code expression} in Java, for a parameter of type {@code expected} (null when unknown); reported at {@code at}
     * when it has no position of its own.
     */
    static String expression(Expression expression, ClassNode expected, ASTNode at) {
        ASTNode here = positioned(expression, at);
        String text = constantString(expression);
        if (text != null) {
            return stringLiteral(text, here);
        }
        if (expression instanceof ConstantExpression constant) {
            return constant(constant.getValue(), false, expected, here);
        }
        if (expression instanceof UnaryMinusExpression minus
                && minus.getExpression() instanceof ConstantExpression constant
                && constant.getValue() instanceof Number) {
            return constant(constant.getValue(), true, expected, here);
        }
        if (expression instanceof PropertyExpression property) {
            return staticField(property, here);
        }
        if (expression instanceof StaticMethodCallExpression call) {
            MethodNode target = target(call);
            if (target == null) {
                throw new UnsupportedConstruct(here, "the call of " + call.getMethod()
                        + " could not be resolved to one method");
            }
            return staticCall(target, call, arguments(call.getArguments(), target, here), here);
        }
        if (expression instanceof MethodCallExpression call) {
            return methodCall(call, here);
        }
        if (expression instanceof ListExpression list) {
            return list(list, expected, here);
        }
        throw new UnsupportedConstruct(here, ConstructNames.of(expression)
                + " is not supported in a built-in rule file (" + SUBSET + ")");
    }

    /** The arguments of {@code call} in Java, separated by commas, for the parameters of {@code target}. */
    static String arguments(Expression call, MethodNode target) {
        Expression arguments = call instanceof MethodCallExpression m ? m.getArguments()
                : ((StaticMethodCallExpression) call).getArguments();
        return arguments(arguments, target, call);
    }

    /** The expressions of an argument list; named arguments and other forms are unsupported. */
    static List<Expression> argumentList(Expression arguments, ASTNode at) {
        if (arguments instanceof ArgumentListExpression list) {
            return list.getExpressions();
        }
        if (arguments instanceof TupleExpression tuple && !tuple.getExpressions().isEmpty()
                && tuple.getExpressions().get(0) instanceof MapExpression) {
            throw new UnsupportedConstruct(positioned(arguments, at), "named arguments are not supported");
        }
        throw new UnsupportedConstruct(positioned(arguments, at),
                ConstructNames.of(arguments) + " as arguments is not supported");
    }

    private static String methodCall(MethodCallExpression call, ASTNode here) {
        if (call.isSafe() || call.isSpreadSafe()) {
            throw new UnsupportedConstruct(here, "?. and *. are not supported in a built-in rule file");
        }
        if (!call.isImplicitThis()) {
            // Receivers first, so that a closure or variable is reported as such, not as the call on it.
            if (!(call.getObjectExpression() instanceof ClassExpression)) {
                expression(call.getObjectExpression(), null, here);
            }
        }
        MethodNode target = target(call);
        if (target == null) {
            throw new UnsupportedConstruct(here, "the call of " + call.getMethodAsString()
                    + " could not be resolved to one method by the static type checker");
        }
        if (target instanceof ExtensionMethodNode) {
            throw new UnsupportedConstruct(here, "the Groovy extension method " + call.getMethodAsString()
                    + " is not supported in a built-in rule file");
        }
        ClassNode owner = target.getDeclaringClass();
        if (owner.equals(RULE_SPEC)) {
            throw new UnsupportedConstruct(here, call.getMethodAsString() + "(...) belongs directly in a rule block");
        }
        if (isRuleMethod(target)) {
            throw new UnsupportedConstruct(here, "rule(...) blocks belong at the top level of the file");
        }
        String arguments = arguments(call, target);
        if (target.isStatic()) {
            if (!call.isImplicitThis() && !(call.getObjectExpression() instanceof ClassExpression)) {
                throw new UnsupportedConstruct(here, "a static method called on a value is not supported");
            }
            return staticCall(target, call, arguments, here);
        }
        if (call.isImplicitThis()) {
            throw new UnsupportedConstruct(here, "the script method " + call.getMethodAsString()
                    + " is not supported in a built-in rule file");
        }
        checkCallable(target, here);
        return expression(call.getObjectExpression(), null, here) + "." + target.getName() + "(" + arguments + ")";
    }

    /** A static call; an entry point of {@code RuleScript} becomes its twin in {@code RuleDefinitions}. */
    private static String staticCall(MethodNode target, ASTNode call, String arguments, ASTNode here) {
        MethodNode called = target;
        if (target.getDeclaringClass().isDerivedFrom(RULE_SCRIPT) || target.getDeclaringClass().equals(RULE_SCRIPT)) {
            called = twin(RULE_DEFINITIONS, target, true, call);
        }
        checkCallable(called, here);
        return JavaSourceText.className(called.getDeclaringClass()) + "." + called.getName() + "(" + arguments + ")";
    }

    private static void checkCallable(MethodNode method, ASTNode here) {
        ClassNode owner = method.getDeclaringClass();
        String ownerName = owner.getName();
        if (ownerName.startsWith("groovy.") || ownerName.startsWith("org.codehaus.groovy.")
                || ownerName.startsWith("org.apache.groovy.")) {
            throw new UnsupportedConstruct(here, "the Groovy method " + ownerName + "#" + method.getName()
                    + " is not supported in a built-in rule file");
        }
        if (!method.isPublic() || !Modifier.isPublic(owner.getModifiers())) {
            throw new UnsupportedConstruct(here, ownerName + "#" + method.getName() + " is not public");
        }
    }

    private static String arguments(Expression arguments, MethodNode target, ASTNode at) {
        List<Expression> list = argumentList(arguments, at);
        StringBuilder java = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            Expression argument = list.get(i);
            if (argument instanceof SpreadExpression) {
                throw new UnsupportedConstruct(positioned(argument, at), "a spread argument (*) is not supported");
            }
            java.append(i == 0 ? "" : ", ")
                    .append(expression(argument, parameterType(target, i), positioned(arguments, at)));
        }
        return java.toString();
    }

    /**
     * The type of the parameter that argument {@code index} goes to. A trailing array parameter takes the remaining
     * arguments one element each (no supported argument is an array).
     */
    private static ClassNode parameterType(MethodNode method, int index) {
        Parameter[] parameters = method.getParameters();
        if (parameters.length == 0) {
            return null;
        }
        int last = parameters.length - 1;
        if (index < last) {
            return parameters[index].getType();
        }
        ClassNode type = parameters[last].getType();
        return type.isArray() ? type.getComponentType() : index == last ? type : null;
    }

    private static String staticField(PropertyExpression property, ASTNode here) {
        if (property.getObjectExpression() instanceof ClassExpression type && !property.isSafe()
                && !property.isSpreadSafe() && property.getPropertyAsString() != null) {
            FieldNode field = type.getType().getField(property.getPropertyAsString());
            if (field != null && field.isStatic() && field.isPublic()
                    && Modifier.isPublic(field.getOwner().getModifiers())) {
                return JavaSourceText.className(field.getOwner()) + "." + field.getName();
            }
        }
        throw new UnsupportedConstruct(here, "the property " + property.getText()
                + " is not supported in a built-in rule file, only public static constants such as ERROR");
    }

    private static String list(ListExpression list, ClassNode expected, ASTNode here) {
        String type = expected == null ? "java.lang.Object" : expected.redirect().getName();
        if (!LIST_PARAMETER_TYPES.contains(type)) {
            throw new UnsupportedConstruct(here, "a list literal for a parameter of type " + type + " is not supported");
        }
        if (list.getExpressions().isEmpty()) {
            return "new java.util.ArrayList<>()";
        }
        StringBuilder java = new StringBuilder("new java.util.ArrayList<>(java.util.Arrays.asList(");
        for (int i = 0; i < list.getExpressions().size(); i++) {
            java.append(i == 0 ? "" : ", ").append(expression(list.getExpressions().get(i), null, here));
        }
        return java.append("))").toString();
    }

    /** The value of a string constant or of strings joined with {@code +}; null for anything else. */
    private static String constantString(Expression expression) {
        if (expression instanceof ConstantExpression constant && constant.getValue() instanceof String text) {
            return text;
        }
        if (expression instanceof BinaryExpression binary && binary.getOperation().getType() == Types.PLUS) {
            String left = constantString(binary.getLeftExpression());
            String right = constantString(binary.getRightExpression());
            return left != null && right != null ? left + right : null;
        }
        // Static compilation turns 'a' + 'b' into 'a'.plus('b') (a String extension method).
        if (expression instanceof MethodCallExpression call && "plus".equals(call.getMethodAsString())
                && !call.isImplicitThis() && !call.isSafe() && !call.isSpreadSafe()
                && call.getArguments() instanceof ArgumentListExpression args && args.getExpressions().size() == 1) {
            MethodNode target = target(call);
            if (target != null && !(target instanceof ExtensionMethodNode)) {
                return null;
            }
            String left = constantString(call.getObjectExpression());
            String right = constantString(args.getExpression(0));
            return left != null && right != null ? left + right : null;
        }
        return null;
    }

    private static String stringLiteral(String text, ASTNode here) {
        long bytes = JavaSourceText.constantBytes(text);
        if (bytes > JavaSourceText.MAX_CONSTANT_BYTES) {
            throw new UnsupportedConstruct(here, "a string of " + bytes + " bytes is longer than a Java constant may be");
        }
        return JavaSourceText.stringLiteral(text);
    }

    private static String constant(Object value, boolean negative, ClassNode expected, ASTNode here) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue() * (negative ? -1 : 1);
            String type = expected == null ? "" : ClassHelper.getUnwrapper(expected).getName();
            return switch (type) {
                case "long" -> number + "L";
                case "int" -> Long.toString(number);
                case "short" -> "(short) " + number;
                case "byte" -> "(byte) " + number;
                case "double" -> number + ".0d";
                case "float" -> number + ".0f";
                default -> value instanceof Long ? number + "L" : Long.toString(number);
            };
        }
        throw new UnsupportedConstruct(here, "the constant " + value + " (" + value.getClass().getSimpleName()
                + ") is not supported in a built-in rule file, only strings, whole numbers, booleans and null");
    }
}
