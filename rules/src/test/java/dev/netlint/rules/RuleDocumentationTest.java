package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.engine.OwnFindings;
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
 * The reference pages in docs/rules/ and the per-rule samples in samples/rules/ are generated from the rules; this
 * test fails when they are stale (run with -Dupdate.docs=true to regenerate, then review the diff). Every rule's
 * documented examples are linted: the bad one must trigger the rule, the good one must not.
 */
class RuleDocumentationTest {

    private static final Path DOCS = Path.of("../docs/rules");
    /** samples/rules/NETxxx/{bad,good}/example.yaml|tf: each its own workspace (samples/.netlint.yaml). */
    private static final Path SAMPLES = Path.of("../samples/rules");
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
        for (OwnFindings.Kind kind : OwnFindings.ALL) {
            check(DOCS.resolve(kind.id() + ".md"), RuleDocumentation.page(kind), update);
        }
        checkReadmeTable(update);
        try (var pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .as("pages of rules that no longer exist")
                    .allMatch(n -> registry.find(n.replace(".md", "")).isPresent()
                            || OwnFindings.find(n.replace(".md", "")).isPresent());
        }
    }

    /**
     * samples/rules/&lt;id&gt;/bad/ and good/ hold the rule's documented examples, byte for byte, so
     * {@code netlint samples/} shows every rule firing on its bad sample (samples/.netlint.yaml makes each folder a
     * workspace of its own, as each example is linted alone here).
     */
    /** Users read these pages: they cite AWS and Kubernetes documentation, never netlint's own design notes. */
    @Test
    void pagesCiteTheOfficialDocumentationAndNotOurNotes() {
        for (RuleDefinition rule : registry.rules()) {
            String page = RuleDocumentation.page(rule);
            assertThat(page).as(rule.id()).doesNotContain("EKS-NETWORKING", "RULES.md")
                    .containsPattern("## Reference\\n\\nhttps://(docs\\.aws\\.amazon\\.com|kubernetes\\.io|"
                            + "kubernetes-sigs\\.github\\.io)/");
        }
    }

    @Test
    void committedSamplesAreUpToDate() throws IOException {
        boolean update = Boolean.getBoolean("update.docs");
        for (RuleDefinition rule : registry.rules()) {
            assertThat(rule.examples()).as(rule.id() + ": samples/rules holds one example per rule").hasSize(1);
            RuleExample example = rule.examples().get(0);
            for (String kind : List.of("bad", "good")) {
                Path folder = SAMPLES.resolve(rule.id()).resolve(kind);
                if (update) {
                    Files.createDirectories(folder);
                    try (var stale = Files.list(folder)) {
                        for (Path file : stale.toList()) {
                            Files.delete(file);
                        }
                    }
                }
                check(folder.resolve("example" + example.fileExtension()),
                        kind.equals("bad") ? example.bad() : example.good(), update);
                try (var files = Files.list(folder)) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as(folder + " holds the example only (regenerate with -Dupdate.docs=true)")
                            .containsExactly("example" + example.fileExtension());
                }
            }
        }
        if (update) {
            try (var folders = Files.list(SAMPLES)) {
                for (Path stale : folders.filter(p -> !isRuleId(p.getFileName().toString())).toList()) {
                    deleteTree(stale);
                }
            }
        }
        try (var folders = Files.list(SAMPLES)) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .as("samples of rules that no longer exist (regenerate with -Dupdate.docs=true)")
                    .allMatch(this::isRuleId);
        }
    }

    private boolean isRuleId(String name) {
        return registry.rules().stream().anyMatch(rule -> rule.id().equals(name));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
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
        String table = index.substring(index.indexOf("| id |")).replaceAll("]\\(([A-Za-z0-9-]+\\.md)\\)", "](docs/rules/$1)");
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
                assertThat(findings(temp.resolve(rule.id() + "-bad"), example.fileExtension(), example.bad()))
                        .as(rule.id() + " bad example must trigger it")
                        .anyMatch(f -> f.ruleId().equals(rule.id()))
                        .noneMatch(f -> f.ruleId().equals("parse-error"));
                // not this rule and no other: the good example is also samples/rules/<id>/good, which must be clean
                assertThat(findings(temp.resolve(rule.id() + "-good"), example.fileExtension(), example.good()))
                        .as(rule.id() + " good example must trigger no rule at all").isEmpty();
            }
        }
    }

    private List<Finding> findings(Path dir, String extension, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("example" + extension), text, StandardCharsets.UTF_8);
        return new LintEngine(registry).run(LintRequest.of(List.of(dir.toString()))).findings();
    }
}
