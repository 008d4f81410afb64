package dev.netlint.core.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintRule;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.report.JsonReporter;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run end to end over real files: findings in a stable order whatever the threading, files that cannot be parsed
 * reported without stopping the others, non-Kubernetes YAML skipped and listed, standard input linted as
 * {@code <stdin>}, and a path that does not exist refused as a usage error.
 */
class LintEngineTest {

    @TempDir
    Path dir;

    /** NET901: NodePort Services are reported at their type value. */
    private static final RuleDefinition NODE_PORTS = rule("NET901", "test-no-node-ports", Severity.ERROR,
            services().that().haveType("NodePort").should().notBeExposedThroughNodePorts());

    private static RuleDefinition rule(String id, String name, Severity severity, LintRule lintRule) {
        return new RuleDefinition(id, name, severity, "Summary of " + name, "Rationale.", "EKS-NETWORKING.md:1",
                "Fix it.", "https://example.com/" + name, List.of(new RuleCheck(severity, lintRule)));
    }

    /** A rule whose violation for every Service is located at {@code spec.type}'s start and ends after {@code width}. */
    private static RuleDefinition reportingAtTypeWithWidth(String id, String name, int width) {
        return rule(id, name, Severity.WARNING, services().should().be(new Condition<Service>("be reported") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                Location type = service.type().location();
                events.violation(service, () -> type.withEnd(type.line(), type.column() + width), name);
            }
        }));
    }

    private Path write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String service(String name, String type) {
        return "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + "}\nspec:\n  type: " + type
                + "\n  ports: [{port: 80, nodePort: 30080}]\n";
    }

    private String display(String relative) {
        return dir.toString().replace('\\', '/') + "/" + relative;
    }

    private LintResult run(RuleRegistry registry, int threads, String... paths) {
        return new LintEngine(registry).run(new LintRequest(List.of(paths), null, LintSettings.DEFAULTS, List.of(),
                threads, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private LintResult run(String... paths) {
        return run(new RuleRegistry(List.of(NODE_PORTS)), 1, paths);
    }

    private static String json(LintResult result) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter("test").write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void reportsAViolationAtItsLocationWithTheRulesIdentityAndFix() {
        write("k8s/web.yaml", service("web", "NodePort"));

        LintResult result = run(dir.toString());

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("NET901");
            assertThat(finding.ruleName()).isEqualTo("test-no-node-ports");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location()).isEqualTo(new Location(display("k8s/web.yaml"), 5, 9, 5, 17));
            assertThat(finding.resource()).isEqualTo("Service default/web");
            assertThat(finding.message()).isEqualTo("Service default/web is exposed on every node's IP at port 30080");
            assertThat(finding.hint()).isEqualTo("Fix it.");
        });
        assertThat(result.filesLinted()).isEqualTo(1);
        assertThat(result.ruleStats()).containsExactly(new LintResult.RuleStats("NET901", 1, 0));
    }

    @Test
    void sortsFindingsByFileThenLineThenColumn() {
        write("b.yaml", service("b1", "NodePort") + "---\n" + service("b2", "NodePort"));
        write("a.yaml", service("a1", "ClusterIP") + "---\n" + service("a2", "NodePort"));

        LintResult result = run(dir.toString());

        assertThat(result.findings()).extracting(f -> f.location().file(), f -> f.location().line())
                .containsExactly(tuple(display("a.yaml"), 12), tuple(display("b.yaml"), 5), tuple(display("b.yaml"), 12));
    }

    @Test
    void sortsFindingsAtTheSameLineAndColumnByRuleId() {
        write("web.yaml", service("web", "NodePort"));
        RuleRegistry registry = new RuleRegistry(List.of(
                reportingAtTypeWithWidth("NET903", "test-third", 2),
                NODE_PORTS,
                reportingAtTypeWithWidth("NET902", "test-second", 20)));

        LintResult result = run(registry, 1, dir.toString());

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("NET901", "NET902", "NET903");
    }

    @Test
    void givesByteIdenticalJsonWhateverTheNumberOfThreads() {
        for (int file = 0; file < 12; file++) {
            StringBuilder yaml = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                yaml.append("---\n").append(service("svc-" + file + "-" + s, s % 2 == 0 ? "NodePort" : "ClusterIP"));
            }
            write("k8s/team-" + (file % 3) + "/file-" + file + ".yaml", yaml.toString());
        }
        write("k8s/broken.yaml", "a: [1, 2\n");
        write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        RuleRegistry registry = new RuleRegistry(List.of(NODE_PORTS, reportingAtTypeWithWidth("NET902", "test-second", 3)));

        String singleThreaded = json(run(registry, 1, dir.toString()));

        assertThat(singleThreaded).contains("\"findings\": 97"); // 36 NodePorts, 60 Services, 1 parse error
        for (int i = 0; i < 20; i++) {
            assertThat(json(run(registry, 4, dir.toString()))).isEqualTo(singleThreaded);
        }
    }

    @Test
    void reportsAnUnparsableFileAsOneParseErrorAtItsLocationAndLintsTheOthers() {
        write("a-broken.yaml", "kind: Service\nspec: [1, 2\nother: 3\n");
        write("b-web.yaml", service("web", "NodePort"));

        LintResult result = run(dir.toString());

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().file())
                .containsExactly(tuple("parse-error", display("a-broken.yaml")), tuple("NET901", display("b-web.yaml")));
        Finding parseError = result.findings().get(0);
        assertThat(parseError.location()).isEqualTo(Location.at(display("a-broken.yaml"), 3, 6));
        assertThat(parseError.severity()).isEqualTo(Severity.ERROR);
        assertThat(parseError.message()).startsWith("invalid YAML: ");
        assertThat(result.filesLinted()).isEqualTo(2);
    }

    @Test
    void reportsAnUnrenderedHelmTemplateInsteadOfAParseError() {
        write("templates/service.yaml", "apiVersion: v1\nkind: Service\n{{- if .Values.enabled }}\nspec: {}\n{{- end }}\n");

        LintResult result = run(dir.toString());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("unrendered-template");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void reportsABinaryFileAsAParseErrorAtTheNulByte() {
        write("blob.yaml", "kind: Service\nab\u0000c\n");

        LintResult result = run(dir.toString());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse-error");
            assertThat(f.location()).isEqualTo(Location.at(display("blob.yaml"), 2, 3));
        });
    }

    @Test
    void skipsAGitHubWorkflowAndListsItAsSkipped() {
        write(".github/workflows/ci.yml", """
                name: ci
                on: [push]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                """);
        write("web.yaml", service("web", "ClusterIP"));

        LintResult result = run(dir.toString());

        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).containsExactly(new SkippedFile(display(".github/workflows/ci.yml"),
                "not a Kubernetes manifest (no apiVersion and kind)"));
        assertThat(result.filesLinted()).isEqualTo(1);
    }

    @Test
    void lintsStandardInputAsStdin() {
        LintResult result = new LintEngine(new RuleRegistry(List.of(NODE_PORTS))).run(new LintRequest(List.of("-"),
                service("piped", "NodePort"), LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location("<stdin>", 5, 9, 5, 17));
            assertThat(f.resource()).isEqualTo("Service default/piped");
        });
    }

    @Test
    void reportsStandardInputThatIsNotTextAsAParseErrorInsteadOfDroppingIt() {
        LintResult result = new LintEngine(new RuleRegistry(List.of(NODE_PORTS))).run(new LintRequest(List.of("-"),
                "kind: Service\nab\u0000c\n", LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse-error");
            assertThat(f.location()).isEqualTo(Location.at("<stdin>", 2, 3));
        });
    }

    @Test
    void refusesAPathThatDoesNotExist() {
        String missing = dir.resolve("nope").toString();

        assertThatThrownBy(() -> run(missing))
                .isInstanceOf(InputException.class)
                .hasMessage("no such file or directory: " + missing);
    }

    @Test
    void leavesOutRulesDisabledByIdOrName() {
        write("web.yaml", service("web", "NodePort"));
        RuleRegistry registry = new RuleRegistry(List.of(NODE_PORTS, reportingAtTypeWithWidth("NET902", "test-second", 3)));

        LintResult byId = new LintEngine(registry).run(new LintRequest(List.of(dir.toString()), null,
                LintSettings.DEFAULTS, List.of("NET901"), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
        LintResult byName = new LintEngine(registry).run(new LintRequest(List.of(dir.toString()), null,
                LintSettings.DEFAULTS, List.of("test-second"), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(byId.findings()).extracting(Finding::ruleId).containsExactly("NET902");
        assertThat(byName.findings()).extracting(Finding::ruleId).containsExactly("NET901");
    }
}
