package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.lang.groovy.RuleCompiler;
import dev.netlint.core.lang.groovy.RuleScript;
import groovy.lang.GroovyClassLoader;
import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.junit.jupiter.api.Test;

/**
 * Users' rule files are compiled at run time by {@link RuleCompiler#configuration()}: on the {@link RuleScript} base
 * class, statically type checked, so a misspelt word is a compile error with its line and no call is dynamic.
 */
class RuleCompilerTest {

    private static final String VALID_RULE = """
            rule('TST001', 'valid-rule') {
                severity WARNING
                summary 'Every ALB Ingress names its owner'
                fix 'Add the annotation example.com/owner.'
                check(ingresses().that().areManagedByTheAlbController()
                        .should().haveAnnotation('example.com/owner'))
            }
            """;

    private static final String TYPO_RULE = """
            rule('TST002', 'typo-rule') {
                severity WARNING
                summary 'Every ALB Ingress names its owner'
                fix 'Add the annotation example.com/owner.'
                check(ingresses().that().areManagedByTheAlbController()
                        .shoud().haveAnnotation('example.com/owner'))
            }
            """;

    private static Class<?> compile(CompilerConfiguration configuration, String text) throws IOException {
        try (GroovyClassLoader loader = new GroovyClassLoader(RuleCompilerTest.class.getClassLoader(), configuration)) {
            return loader.parseClass(text, "Snippet.groovy");
        }
    }

    /** The compile errors of {@code text}, as "line:column: message". */
    private static List<String> errors(CompilerConfiguration configuration, String text) {
        List<String> errors = new ArrayList<>();
        assertThatThrownBy(() -> compile(configuration, text))
                .isInstanceOfSatisfying(MultipleCompilationErrorsException.class, e -> {
                    for (Message message : e.getErrorCollector().getErrors()) {
                        var cause = ((SyntaxErrorMessage) message).getCause();
                        errors.add(cause.getStartLine() + ":" + cause.getStartColumn() + ": " + cause.getOriginalMessage());
                    }
                });
        return errors;
    }

    /** True when the bytecode dispatches a call dynamically (Groovy 4's invokedynamic call sites). */
    private static boolean hasDynamicCallSites(byte[] bytes) {
        boolean[] found = {false};
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String callName, String callDescriptor, Handle bootstrap,
                                                       Object... arguments) {
                        if (bootstrap.getOwner().startsWith("org/codehaus/groovy/vmplugin/")) {
                            found[0] = true;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG);
        return found[0];
    }

    /** Compiles {@code text}; true when any of its classes (script, closures) has a dynamic call site. */
    private static boolean compilesToDynamicCallSites(CompilerConfiguration configuration, String text) {
        var unit = new org.codehaus.groovy.control.CompilationUnit(configuration);
        unit.addSource("Snippet.groovy", text);
        unit.compile(org.codehaus.groovy.control.Phases.CLASS_GENERATION);
        assertThat(unit.getClasses()).isNotEmpty();
        return unit.getClasses().stream().anyMatch(c -> hasDynamicCallSites(c.getBytes()));
    }

    @Test
    void aTypoFailsWithItsLineAndColumn() {
        assertThat(errors(RuleCompiler.configuration(), TYPO_RULE)).first().asString()
                .startsWith("6:19: [Static type checking] - Cannot find matching method")
                .contains("#shoud()");
    }

    @Test
    void aValidRuleCompilesStatically() throws IOException {
        Class<?> atRunTime = compile(RuleCompiler.configuration(), VALID_RULE);
        assertThat(atRunTime.getSuperclass()).isEqualTo(RuleScript.class);
        assertThat(compilesToDynamicCallSites(RuleCompiler.configuration(), VALID_RULE)).isFalse();
        // The probe can tell: without @CompileStatic the same calls are invokedynamic call sites.
        CompilerConfiguration dynamic = new CompilerConfiguration();
        dynamic.setScriptBaseClass(RuleScript.class.getName());
        assertThat(compilesToDynamicCallSites(dynamic, "def x = 'a'; x.toUpperCase()")).isTrue();
    }
}
