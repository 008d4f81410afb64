package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.lang.groovy.RuleCompiler;
import dev.netlint.core.lang.groovy.RuleScript;
import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyShell;
import groovyjarjarasm.asm.ClassReader;
import groovyjarjarasm.asm.ClassVisitor;
import groovyjarjarasm.asm.Handle;
import groovyjarjarasm.asm.MethodVisitor;
import groovyjarjarasm.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.junit.jupiter.api.Test;

/**
 * Built-in rules are compiled by the build (gmavenplus with src/conf/rules-config.groovy), users' rules at run time
 * by {@link RuleCompiler#configuration()}. The config script copies RuleCompiler's settings; these tests make sure
 * the two really compile alike: same base class, same imports, same static type checking.
 */
class RuleCompilerTest {

    private static final Path BUILD_CONFIG_SCRIPT = Path.of("src/conf/rules-config.groovy");

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

    /** The configuration the build compiles built-in rules with: the config script run as gmavenplus runs it. */
    private static CompilerConfiguration buildConfiguration() throws IOException {
        CompilerConfiguration configuration = new CompilerConfiguration();
        Binding binding = new Binding();
        binding.setVariable("configuration", configuration);
        new GroovyShell(RuleCompilerTest.class.getClassLoader(), binding)
                .evaluate(Files.readString(BUILD_CONFIG_SCRIPT, StandardCharsets.UTF_8), "rules-config.groovy");
        return configuration;
    }

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

    /** The bytecode of a class on the class path, or null. */
    private static byte[] bytecode(ClassLoader loader, String className) throws IOException {
        try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        }
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
    void theBuildConfigurationHasRuleCompilersBaseClassAndCustomizers() throws IOException {
        CompilerConfiguration build = buildConfiguration();
        CompilerConfiguration shared = RuleCompiler.configuration();
        assertThat(build.getScriptBaseClass()).isEqualTo(RuleScript.class.getName())
                .isEqualTo(shared.getScriptBaseClass());
        assertThat(build.getCompilationCustomizers()).extracting(c -> c.getClass().getName())
                .containsExactlyElementsOf(shared.getCompilationCustomizers().stream().map(c -> c.getClass().getName()).toList());
    }

    @Test
    void aTypoFailsTheSameWayInTheBuildAndAtRunTime() throws IOException {
        List<String> atRunTime = errors(RuleCompiler.configuration(), TYPO_RULE);
        assertThat(atRunTime).first().asString()
                .startsWith("6:19: [Static type checking] - Cannot find matching method")
                .contains("#shoud()");
        assertThat(errors(buildConfiguration(), TYPO_RULE)).isEqualTo(atRunTime);
    }

    @Test
    void aValidRuleCompilesStaticallyBothWays() throws IOException {
        Class<?> atRunTime = compile(RuleCompiler.configuration(), VALID_RULE);
        Class<?> inTheBuild = compile(buildConfiguration(), VALID_RULE);
        assertThat(atRunTime.getSuperclass()).isEqualTo(RuleScript.class);
        assertThat(inTheBuild.getSuperclass()).isEqualTo(RuleScript.class);
        assertThat(compilesToDynamicCallSites(RuleCompiler.configuration(), VALID_RULE)).isFalse();
        assertThat(compilesToDynamicCallSites(buildConfiguration(), VALID_RULE)).isFalse();
        // The probe can tell: without @CompileStatic the same calls are invokedynamic call sites.
        CompilerConfiguration dynamic = new CompilerConfiguration();
        dynamic.setScriptBaseClass(RuleScript.class.getName());
        assertThat(compilesToDynamicCallSites(dynamic, "def x = 'a'; x.toUpperCase()")).isTrue();
    }

    @Test
    void everyBuiltInRuleClassWasCompiledStaticallyOnTheRuleScriptBaseClass() throws IOException {
        List<String> names;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/" + RuleScript.class.getName())) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        assertThat(names).isNotEmpty();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name, e);
            }
            assertThat(type.getSuperclass()).as(name).isEqualTo(RuleScript.class);
            // The script and the closures of its rule blocks.
            byte[] script = bytecode(type.getClassLoader(), name);
            assertThat(hasDynamicCallSites(script)).as(name + " has dynamic call sites").isFalse();
            byte[] closure = bytecode(type.getClassLoader(), name + "$_run_closure1");
            assertThat(closure).as(name + " rule block").isNotNull();
            for (int i = 1; closure != null; closure = bytecode(type.getClassLoader(), name + "$_run_closure" + ++i)) {
                assertThat(hasDynamicCallSites(closure)).as(name + " closure " + i + " has dynamic call sites").isFalse();
            }
        }
    }
}
