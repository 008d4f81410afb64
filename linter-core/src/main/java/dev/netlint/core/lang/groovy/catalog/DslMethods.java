package dev.netlint.core.lang.groovy.catalog;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.groovy.RuleScript;
import dev.netlint.core.lang.groovy.RuleSpec;
import dev.netlint.core.lang.syntax.RuleDefinitions;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/**
 * The methods the static type checker chose for calls, and the Java twins of the Groovy-facing DSL classes: a word of
 * {@link RuleSpec} has its twin in {@link RuleBuilder}, an entry point of {@link RuleScript} ({@code services()}, ...)
 * in {@link RuleDefinitions}.
 */
final class DslMethods {

    static final ClassNode RULE_SCRIPT = ClassHelper.make(RuleScript.class);
    static final ClassNode RULE_SPEC = ClassHelper.make(RuleSpec.class);
    static final ClassNode RULE_BUILDER = ClassHelper.make(RuleBuilder.class);
    static final ClassNode RULE_DEFINITIONS = ClassHelper.make(RuleDefinitions.class);

    private DslMethods() {}

    /** The method the static type checker chose for {@code call}; null when it chose none. */
    static MethodNode target(Expression call) {
        return call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET) instanceof MethodNode method
                ? method : null;
    }

    /** Whether {@code method} is {@code RuleScript.rule(id, name, block)}. */
    static boolean isRuleMethod(MethodNode method) {
        return method.getName().equals("rule") && method.getDeclaringClass().equals(RULE_SCRIPT);
    }

    /** The method of {@code twinClass} with the name and parameters of {@code method}. */
    static MethodNode twin(ClassNode twinClass, MethodNode method, boolean isStatic, ASTNode at) {
        MethodNode twin = twinClass.getDeclaredMethod(method.getName(), method.getParameters());
        if (twin == null || twin.isStatic() != isStatic || !twin.isPublic()
                || !twin.getReturnType().equals(method.getReturnType())) {
            throw new UnsupportedConstruct(at, method.getDeclaringClass().getNameWithoutPackage() + "#"
                    + method.getName() + " has no twin in " + twinClass.getName() + " (a public "
                    + (isStatic ? "static " : "") + "method with the same name, parameters and result)");
        }
        return twin;
    }
}
