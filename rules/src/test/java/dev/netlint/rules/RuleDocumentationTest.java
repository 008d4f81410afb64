package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.RuleExample;
import dev.netlint.core.report.RuleDocumentation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference pages in docs/rules/ are generated from the rules; this test fails when they are stale (run with
 * -Dupdate.docs=true to regenerate, then review the diff). Every rule's documented examples are linted: the bad
 * one must trigger the rule, the good one must not.
 */
class RuleDocumentationTest {

    private static final Path DOCS = Path.of("../docs/rules");
    private final RuleRegistry registry = RuleRegistry.builtIn();

    @Test
    void committedReferencePagesAreUpToDate() throws IOException {
        boolean update = Boolean.getBoolean("update.docs");
        if (update) {
            Files.createDirectories(DOCS);
        }
        check(DOCS.resolve("README.md"), RuleDocumentation.index(registry.rules()), update);
        for (RuleDefinition rule : registry.rules()) {
            check(DOCS.resolve(rule.id() + ".md"), RuleDocumentation.page(rule), update);
        }
        checkReadmeTable(update);
        try (var pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .as("pages of rules that no longer exist")
                    .allMatch(n -> registry.find(n.replace(".md", "")).isPresent());
        }
    }

    /** The README's rule table, between its markers, is the generated index's table. */
    private void checkReadmeTable(boolean update) throws IOException {
        Path readme = Path.of("../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String start = "<!-- rules:start -->\n";
        String end = "<!-- rules:end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as("README rule table markers").isNotNegative();
        String index = RuleDocumentation.index(registry.rules());
        String table = index.substring(index.indexOf("| id |")).replace("](NET", "](docs/rules/NET");
        String expected = text.substring(0, from + start.length()) + table + text.substring(to);
        if (update) {
            Files.writeString(readme, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as("README rule table is stale; regenerate with -Dupdate.docs=true")
                .isEqualTo(expected);
    }

    private static void check(Path page, String expected, boolean update) throws IOException {
        if (update) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
        }
        assertThat(page).as(page + " (regenerate with mvn -pl rules test -Dupdate.docs=true)").exists();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).as(page + " is stale; regenerate with -Dupdate.docs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleHasExamplesAndTheyBehaveAsDocumented(@TempDir Path temp) throws IOException {
        for (RuleDefinition rule : registry.rules()) {
            assertThat(rule.examples()).as(rule.id() + " examples").isNotEmpty();
            for (RuleExample example : rule.examples()) {
                assertThat(findings(temp.resolve(rule.id() + "-bad"), example.fileExtension(), example.bad(), rule))
                        .as(rule.id() + " bad example must trigger it").isNotEmpty();
                assertThat(findings(temp.resolve(rule.id() + "-good"), example.fileExtension(), example.good(), rule))
                        .as(rule.id() + " good example must not trigger it").isEmpty();
            }
        }
    }

    private List<Finding> findings(Path dir, String extension, String text, RuleDefinition rule) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("example" + extension), text, StandardCharsets.UTF_8);
        return new LintEngine(registry).run(LintRequest.of(List.of(dir.toString()))).findings().stream()
                .filter(f -> f.ruleId().equals(rule.id()) || f.ruleId().equals("parse-error"))
                .toList();
    }
}
