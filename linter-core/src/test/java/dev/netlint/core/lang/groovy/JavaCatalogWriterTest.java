package dev.netlint.core.lang.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.groovy.catalog.RuleFile;
import dev.netlint.core.lang.groovy.catalog.TranslationException;
import dev.netlint.core.lang.syntax.RuleDefinitions;
import groovy.lang.GroovyClassLoader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time translation of rule files into a Java catalog: what it covers gives the same rules in Java as in
 * Groovy (compiled and run here both ways), and what it does not cover fails with file:line:column.
 */
class JavaCatalogWriterTest {

    private static final String CATALOG = "test.catalog.TestCatalog";

    /** Every construct the translation covers, strings that are hard to write in Java included. */
    private static final String EVERYTHING = """
            package test.rules

            rule('TST001', 'everything' + '-covered') {
                severity WARNING
                summary 'Quotes " and \\' and a backslash \\\\ and a tab\t, a \\\\u000a that is no newline, é, \u2028 and 😀'
                notes 'EKS-NETWORKING.md:1 "a */ comment end" ' +
                        "and a double-quoted part, " +
                        '''and a
            multi-line part'''
                rationale 'Control characters: \u0001 \u007f and \\r\\n'
                fix 'Do it.'
                docs 'https://example.com/$notInterpolated'
                yamlExample('''
                    apiVersion: v1
                    kind: Service
                    metadata: {name: web}''', '''
                    apiVersion: v1
                    kind: Service''')
                hclExample('resource "a" "b" {}', 'resource "a" "c" {}')
                check(services().that().haveAnyTypeOf('NodePort', 'LoadBalancer')
                        .should().haveNodePortsWithin(30000, 32767)
                        .because(String.join(', ', ['lists', 'work'])))
                check(INFO, ingresses().that().areManagedByTheAlbController()
                        .should().joinAnIngressGroup())
                check(ERROR, clusters().should(useSubnetsOfAtLeast16Addresses()).as('a description of its own'))
            }

            rule('TST002', 'second-rule') {
                severity ERROR
                summary 'Two rules in one file'
                fix 'Fix.'
                check(securityGroupPolicies().should(beValid()))
            }
            """;

    private static RuleFile source(String name, String text) {
        return new RuleFile("src/" + name, name, text);
    }

    /** The rules of {@code text} as its Groovy script defines them. */
    private static List<RuleDefinition> viaGroovy(String text) throws Exception {
        try (GroovyClassLoader loader = new GroovyClassLoader(JavaCatalogWriterTest.class.getClassLoader(),
                RuleCompiler.configuration())) {
            Class<?> type = loader.parseClass(text, "Everything.groovy");
            return ((RuleScript) type.getDeclaredConstructor().newInstance()).definitions();
        }
    }

    /** The rules of {@code text} as the generated Java catalog, compiled with javac, defines them. */
    private static List<RuleDefinition> viaJava(String text, Path dir) throws Exception {
        String java = JavaCatalogWriter.translate(List.of(source("test/rules/Everything.groovy", text)), CATALOG);
        Path file = dir.resolve("src/" + CATALOG.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, java, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-Xlint:all", "-Werror", "-encoding", "UTF-8", "--release", "17",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertThat(status).as("javac of\n" + java).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                JavaCatalogWriterTest.class.getClassLoader())) {
            RuleCatalog catalog = (RuleCatalog) loader.loadClass(CATALOG).getDeclaredConstructor().newInstance();
            assertThat(catalog.sourceScripts()).containsExactly("test.rules.Everything");
            return catalog.rules();
        }
    }

    /** What the translation reports for {@code text}. */
    private static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        assertThatThrownBy(() -> JavaCatalogWriter.translate(List.of(source("Bad.groovy", text)), CATALOG))
                .isInstanceOfSatisfying(TranslationException.class, e -> problems.addAll(e.problems()));
        return problems;
    }

    private static List<String> shapes(List<RuleDefinition> rules) {
        return rules.stream().map(r -> String.join("|", r.id(), r.name(), r.severity().name(), r.summary(),
                r.rationale(), r.notesBasis(), r.fix(), r.docs(), r.examples().toString(), r.checks().stream()
                        .map(c -> c.severity() + " " + c.rule().description()).toList().toString())).toList();
    }

    @Test
    void everyCoveredConstructBuildsTheSameRulesInJavaAsInGroovy(@TempDir Path dir) throws Exception {
        List<RuleDefinition> groovy = viaGroovy(EVERYTHING);
        List<RuleDefinition> java = viaJava(EVERYTHING, dir);

        assertThat(groovy).hasSize(2);
        assertThat(shapes(java)).containsExactlyElementsOf(shapes(groovy));
        assertThat(java.get(0).summary()).contains("\\u000a that is no newline", "😀");
        assertThat(java.get(0).checks().get(0).rule().description()).contains("30000-32767", "because lists, work");
    }

    @Test
    void theCatalogNamesTheFileAndLineOfEachRule() throws TranslationException {
        String java = JavaCatalogWriter.translate(List.of(source("test/rules/Everything.groovy", EVERYTHING)), CATALOG);

        assertThat(java).contains("package test.catalog;", "public final class TestCatalog implements "
                        + RuleCatalog.class.getName(), "// test/rules/Everything.groovy:3\n",
                "// test/rules/Everything.groovy:28\n", "new " + RuleBuilder.class.getName() + "(\"TST001\", ")
                .doesNotContain("groovy.lang", "RuleScript", "RuleSpec");
    }

    @Test
    void aClosureInsideACheckFailsWithItsPosition() {
        assertThat(problems("""
                rule('TST001', 'closure') {
                    severity WARNING
                    summary 'S'
                    fix 'F.'
                    check(ingresses().should().selectTheirClassOneWay()
                            .because({ -> 'reason' }.call()))
                }
                """)).containsExactly("src/Bad.groovy:6:22: a closure is not supported in a built-in rule file ("
                + "a built-in rule file may hold only rule(id, name) { ... } blocks of RuleSpec words (severity, "
                + "summary, check(...), ...) whose arguments are strings (joined with +), whole numbers, booleans, "
                + "lists, static constants and chains of Java method calls of such arguments)");
    }

    @Test
    void variablesLoopsAndHelpersFailWithTheirPositions() {
        assertThat(problems("""
                def reason = 'shared'
                rule('TST001', 'variables') {
                    severity WARNING
                    summary 'S'
                    fix 'F.'
                    def other = 'x'
                    check(ingresses().should().selectTheirClassOneWay().because(reason))
                }
                for (id in ['TST002', 'TST003']) {
                    rule(id, 'looped') {
                        severity WARNING
                    }
                }
                String helper() { 'h' }
                """)).extracting(p -> p.replaceFirst("(: [^(]*).*", "$1")).containsExactly(
                "src/Bad.groovy:1:1: a variable declaration ",
                "src/Bad.groovy:6:5: a variable declaration ",
                "src/Bad.groovy:7:65: a variable ",
                "src/Bad.groovy:9:1: a loop is not supported at the top level of a built-in rule file, only rule",
                "src/Bad.groovy:14:1: a method declaration ");
    }

    @Test
    void groovyOnlyCallsAndInterpolationFailWithTheirPositions() {
        assertThat(problems("""
                rule('TST001', 'groovy-only') {
                    severity WARNING
                    summary "interpolated ${1 + 1}"
                    fix 'F.'.padLeft(3)
                    services()
                    check(ingresses().should().selectTheirClassOneWay().because('a'.toString()?.trim()))
                }
                """)).containsExactly(
                "src/Bad.groovy:3:13: an interpolated string (GString) is not supported in a built-in rule file ("
                        + "a built-in rule file may hold only rule(id, name) { ... } blocks of RuleSpec words (severity, "
                        + "summary, check(...), ...) whose arguments are strings (joined with +), whole numbers, booleans, "
                        + "lists, static constants and chains of Java method calls of such arguments)",
                "src/Bad.groovy:4:9: the Groovy extension method padLeft is not supported in a built-in rule file",
                "src/Bad.groovy:5:5: the call of services is not supported in a rule block, only RuleSpec's words "
                        + "(severity, summary, check(...), ...)",
                "src/Bad.groovy:6:65: ?. and *. are not supported in a built-in rule file");
    }

    @Test
    void anEarlyReturnFailsWithItsPosition() {
        assertThat(problems("""
                rule('TST001', 'first') {
                    severity WARNING
                    summary 'S'
                    return
                    fix 'F.'
                }
                return
                rule('TST002', 'never-declared') {
                    severity WARNING
                }
                """)).containsExactly(
                "src/Bad.groovy:4:5: return is not supported in a built-in rule file",
                "src/Bad.groovy:7:1: return is not supported in a built-in rule file");
    }

    @Test
    void aCompileErrorFailsWithItsPosition() {
        assertThat(problems("""
                rule('TST001', 'typo') {
                    severity WARNING
                    summary 'S'
                    fix 'F.'
                    check(ingresses().shoud().selectTheirClassOneWay())
                }
                """)).first().asString()
                .startsWith("src/Bad.groovy:5:28: [Static type checking] - Cannot find matching method")
                .contains("#shoud()");
    }

    @Test
    void writeReadsEveryRuleFileBelowTheRootAndRewritesOnlyOnChange(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("groovy/test/rules"));
        Files.writeString(root.resolve("Everything.groovy"), EVERYTHING, StandardCharsets.UTF_8);
        Path out = dir.resolve("generated");

        JavaCatalogWriter.Written written = JavaCatalogWriter.write(dir.resolve("groovy"), out, CATALOG);
        long modified = Files.getLastModifiedTime(written.file()).toMillis();
        Files.setLastModifiedTime(written.file(), java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
        JavaCatalogWriter.Written again = JavaCatalogWriter.write(dir.resolve("groovy"), out, CATALOG);

        assertThat(written.file()).isEqualTo(out.resolve("test/catalog/TestCatalog.java"));
        assertThat(written.rules()).isEqualTo(2);
        assertThat(written.ruleFiles()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(again.file()).toMillis()).isEqualTo(modified - 10_000);
        assertThat(Files.readString(written.file())).contains("// test/rules/Everything.groovy:3\n");
    }

    /** The translation replaces RuleSpec's words and RuleScript's entry points by their Java twins. */
    @Test
    void everyRuleSpecWordAndRuleScriptEntryPointHasAJavaTwin() throws NoSuchMethodException {
        for (Method word : RuleSpec.class.getDeclaredMethods()) {
            if (Modifier.isPublic(word.getModifiers())) {
                Method twin = RuleBuilder.class.getMethod(word.getName(), word.getParameterTypes());
                assertThat(twin.getReturnType()).as(word.getName()).isEqualTo(word.getReturnType());
            }
        }
        List<Method> entryPoints = Arrays.stream(RuleScript.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())).toList();
        assertThat(entryPoints).isNotEmpty();
        for (Method entryPoint : entryPoints) {
            Method twin = RuleDefinitions.class.getMethod(entryPoint.getName(), entryPoint.getParameterTypes());
            assertThat(Modifier.isStatic(twin.getModifiers())).as(entryPoint.getName()).isTrue();
            assertThat(twin.getGenericReturnType()).as(entryPoint.getName()).isEqualTo(entryPoint.getGenericReturnType());
        }
    }
}
