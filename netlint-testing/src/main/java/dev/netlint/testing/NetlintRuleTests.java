package dev.netlint.testing;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.groovy.UserRuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Tests your own rules the way netlint tests its built-in ones. Give it the folder of your {@code *.groovy} rule
 * files and a folder of fixture cases, {@code <fixtures>/<rule id or name>/<case>/}, each holding the files of one
 * case with the findings it expects marked inline ({@code # violation}, see the README's "Testing your rule"):
 * <pre>
 * class OurRulesTest {
 *     &#64;TestFactory
 *     Stream&lt;DynamicNode&gt; rules() {
 *         return NetlintRuleTests.fixtures(Path.of("netlint-rules"), Path.of("src/test/netlint-fixtures"));
 *     }
 * }
 * </pre>
 * Each case is one JUnit test: every finding of the case's rule must sit on a marked line, every marker must be met,
 * and no file may fail to parse. One more test asks that every rule of the folder has a case that expects a finding
 * and one that expects none. Rule files that do not compile fail the first test with file, line and column.
 */
public final class NetlintRuleTests {

    private NetlintRuleTests() {}

    /** One dynamic test per fixture case, grouped by rule, plus one that every rule has both kinds of case. */
    public static Stream<DynamicNode> fixtures(Path ruleFolder, Path fixtureFolder) {
        RuleRegistry builtIn = RuleRegistry.builtIn();
        RuleRegistry registry;
        try {
            registry = builtIn.withUserRules(List.of(ruleFolder));
        } catch (UserRuleLoader.RuleFileException e) {
            return Stream.of(DynamicTest.dynamicTest("rule files of " + ruleFolder, () -> {
                throw new AssertionError("cannot load the rules of " + ruleFolder + ":\n  "
                        + String.join("\n  ", e.problems()));
            }));
        }
        List<RuleDefinition> own = registry.rules().stream().filter(r -> builtIn.find(r.id()).isEmpty()).toList();
        List<DynamicNode> nodes = new ArrayList<>(RuleFixtures.forAll(registry, fixtureFolder).toList());
        nodes.add(DynamicTest.dynamicTest("every rule has a case with findings and one without",
                () -> requireBothKinds(own, fixtureFolder)));
        return nodes.stream();
    }

    private static void requireBothKinds(List<RuleDefinition> rules, Path fixtureFolder) {
        List<String> problems = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            Path cases = Files.isDirectory(fixtureFolder.resolve(rule.id())) ? fixtureFolder.resolve(rule.id())
                    : fixtureFolder.resolve(rule.name());
            List<Path> all = Files.isDirectory(cases) ? RuleFixtures.cases(cases.getParent()).stream()
                    .filter(c -> c.getParent().equals(cases)).toList() : List.of();
            if (all.stream().noneMatch(RuleFixtures::expectsFindings)) {
                problems.add(rule.id() + " has no case that expects a finding (in " + cases + ")");
            }
            if (all.stream().allMatch(RuleFixtures::expectsFindings)) {
                problems.add(rule.id() + " has no case that expects no finding (in " + cases + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }
}
