package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written list of built-in rules is complete and has no repeats: every rule class in {@code aws} and
 * {@code k8s} is listed exactly once, ids and names are unique, and the list is what netlint runs. Those two packages
 * hold the rules and nothing else: a condition only one rule uses is a private member of that rule's class, and what
 * several rules share lives in linter-core ({@code analysis} over the model, {@code lang} for the rule language).
 */
class BuiltInRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/netlint/rules");

    /** The rule classes, from the source tree: one file per rule. */
    private static List<String> ruleClasses() throws IOException {
        try (Stream<Path> files = Stream.of("aws", "k8s").flatMap(dir -> list(SOURCES.resolve(dir)))) {
            return files.map(f -> "dev.netlint.rules." + SOURCES.relativize(f).toString().replace('/', '.')
                            .replaceFirst("\\.java$", ""))
                    .sorted().toList();
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The top-level classes compiled into {@code aws} and {@code k8s}, whatever source file declares them. */
    private static List<String> compiledTopLevelClasses() throws IOException {
        Path classes = Path.of("target/classes/dev/netlint/rules");
        List<String> names = new java.util.ArrayList<>();
        for (String dir : List.of("aws", "k8s")) {
            try (Stream<Path> files = Files.list(classes.resolve(dir))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .forEach(f -> names.add("dev.netlint.rules." + dir + "." + f.replaceFirst("\\.class$", "")));
            }
        }
        return names.stream().sorted().toList();
    }

    /**
     * Every top-level class of the rule packages is a rule: public and final, with a {@code definition()} that builds
     * a rule BuiltInRules lists. No helper classes beside the rules.
     */
    @Test
    void theRulePackagesHoldOnlyRules() throws Exception {
        List<String> compiled = compiledTopLevelClasses();
        assertThat(compiled).as("top-level classes compiled into the rule packages, one source file each")
                .containsExactlyElementsOf(ruleClasses());
        List<String> listedIds = new BuiltInRules().rules().stream().map(RuleDefinition::id).toList();
        for (String name : compiled) {
            Class<?> type = Class.forName(name);
            assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())
                    && java.lang.reflect.Modifier.isFinal(type.getModifiers())).as(name + " is a public final class")
                    .isTrue();
            java.lang.reflect.Method definition = type.getMethod("definition");
            assertThat(definition.getReturnType()).as(name + ".definition()").isEqualTo(RuleDefinition.class);
            assertThat(listedIds).as(name + " builds a listed rule")
                    .contains(((RuleDefinition) definition.invoke(null)).id());
        }
    }

    /** Each rule class builds a rule of its own id; the list builds each of those ids once, and nothing else. */
    @Test
    void everyRuleClassIsListedExactlyOnce() throws Exception {
        List<String> classIds = new java.util.ArrayList<>();
        for (String name : ruleClasses()) {
            Class<?> type = Class.forName(name);
            classIds.add(((RuleDefinition) type.getMethod("definition").invoke(null)).id());
        }
        List<String> listedIds = new BuiltInRules().rules().stream().map(RuleDefinition::id).toList();
        assertThat(classIds).doesNotHaveDuplicates();
        assertThat(listedIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(classIds);
    }

    @Test
    void thirtyRulesWithUniqueIdsAndNamesInIdOrder() {
        List<RuleDefinition> rules = new BuiltInRules().rules();
        assertThat(rules).hasSize(30);
        assertThat(rules).extracting(RuleDefinition::id).doesNotHaveDuplicates().isSorted();
        assertThat(rules).extracting(RuleDefinition::name).doesNotHaveDuplicates();
    }

    @Test
    void theListIsTheOnlyCatalogAndWhatTheRegistryRuns() {
        assertThat(ServiceLoader.load(RuleCatalog.class).stream().map(ServiceLoader.Provider::type).toList())
                .containsExactly(BuiltInRules.class);
        assertThat(RuleRegistry.builtIn().rules()).extracting(RuleDefinition::id)
                .containsExactlyElementsOf(new BuiltInRules().rules().stream().map(RuleDefinition::id).toList());
    }
}
