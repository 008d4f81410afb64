package dev.netlint.core.report;

import dev.netlint.core.finding.RulePages;
import dev.netlint.core.output.ReportPaths;
import static dev.netlint.core.report.ReportFixtures.HOSTILE;
import static dev.netlint.core.report.ReportFixtures.finding;
import static dev.netlint.core.report.ReportFixtures.result;
import static dev.netlint.core.report.ReportFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.InputFindings;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final Path ROOT = Path.of("/work/repo");
    private static final List<RuleDefinition> RULES = List.of(
            rule("NET001", "service-nodeport-exposure", Severity.WARNING),
            rule("NET002", "eks-node-sg-missing-required-egress", Severity.ERROR),
            rule("NET003", "alb-ingress-not-grouped", Severity.INFO));

    private static final Finding NODEPORT = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
            "./k8s/svc.yaml", 5, 9, "Service shop/web", "Service shop/web is exposed on every node");
    private static final Finding EGRESS = finding("NET002", "eks-node-sg-missing-required-egress", Severity.ERROR,
            "/work/repo/tf/eks/nodes.tf", 12, 3, "aws_security_group.nodes", "no egress to tcp/443",
            new RelatedLocation(Location.at("/work/repo/tf/eks/lt.tf", 4, 7), "attached by aws_launch_template.lt here"));
    private static final Finding INFO = finding("NET003", "alb-ingress-not-grouped", Severity.INFO,
            "k8s/my ingress.yaml", 2, 1, "Ingress shop/a", "Ingress shop/a gets an ALB of its own");
    private static final Finding HOSTILE_FINDING = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
            "k8s/evil.yaml", 3, 9, "Service " + HOSTILE, "Service " + HOSTILE + " is exposed");
    private static final Finding PARSE = InputFindings.parseError(Location.at("k8s/broken.yaml", 3, 1), "invalid YAML");

    private static String sarif(LintResult result, ReportSuppressions suppressions) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter("1.2.3", RULES, new ReportPaths(ROOT), suppressions).write(result, out);
        return out.toString();
    }

    private static JsonNode run(String sarif) throws IOException {
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        return log.path("runs").get(0);
    }

    @Test
    void outputIsValidAgainstTheOfficialSchema() throws IOException {
        String sarif = sarif(result(NODEPORT, EGRESS, INFO, HOSTILE_FINDING, PARSE), ReportSuppressions.NONE);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void emptyRunIsValidAndStillListsEveryRule() throws IOException {
        String sarif = sarif(result(), ReportSuppressions.NONE);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = run(sarif);
        assertThat(run.path("results")).isEmpty();
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
                .containsExactly("NET001", "NET002", "NET003", "parse-error", "unrendered-template",
                        "unrendered-kustomization", "module-not-expanded", "suppression-problem");
    }

    @Test
    void driverDescribesEveryRuleCompletely() throws IOException {
        JsonNode run = run(sarif(result(), ReportSuppressions.NONE));
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("netlint");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        JsonNode rule = driver.path("rules").get(1);
        assertThat(rule.path("id").asText()).isEqualTo("NET002");
        assertThat(rule.path("name").asText()).isEqualTo("eks-node-sg-missing-required-egress");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Summary of NET002");
        assertThat(rule.at("/fullDescription/text").asText()).isEqualTo("Why NET002 matters.");
        assertThat(rule.at("/help/text").asText()).contains("Fix NET002.", "https://example.com/NET002");
        assertThat(rule.at("/help/markdown").asText()).contains("**Fix:** Fix NET002.", "[the documentation](https://example.com/NET002)");
        assertThat(rule.path("helpUri").asText()).isEqualTo("https://example.com/NET002");
        assertThat(driver.path("rules").findValuesAsText("level"))
                .containsExactly("warning", "error", "note", "error", "warning", "note", "note", "note");
        assertThat(driver.path("informationUri").asText()).isEqualTo(RulePages.repository());
        JsonNode parseError = driver.path("rules").get(3);
        assertThat(parseError.path("id").asText()).isEqualTo("parse-error");
        assertThat(parseError.path("helpUri").asText()).isEqualTo(RulePages.page("parse-error"));
    }

    /** A rule that is not built in (a user's own) keeps the docs it names as helpUri (built-in ones: cli tests). */
    @Test
    void aUsersRuleLinksToTheDocumentationItNames() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter("1.2.3", new dev.netlint.core.engine.RuleRegistry(RULES), new ReportPaths(ROOT)).write(result(), out);
        assertThat(run(out.toString()).at("/tool/driver/rules/0/helpUri").asText()).isEqualTo("https://example.com/NET001");
    }

    @Test
    void resultsPointAtTheirRuleAndAtAPathRelativeToSrcroot() throws IOException {
        JsonNode run = run(sarif(result(NODEPORT, EGRESS, INFO), ReportSuppressions.NONE));
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///work/repo/");
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(result.path("ruleId").asText());
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(artifact.path("uri").asText()).doesNotStartWith("/").doesNotStartWith("./").doesNotContain("\\");
        }
        JsonNode nodeport = results(run, "NET001").get(0);
        assertThat(nodeport.path("level").asText()).isEqualTo("warning");
        assertThat(nodeport.at("/message/text").asText()).isEqualTo("Service shop/web is exposed on every node");
        assertThat(nodeport.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("k8s/svc.yaml");
        assertThat(nodeport.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(nodeport.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
        assertThat(nodeport.at("/locations/0/physicalLocation/region/endColumn").asInt()).isEqualTo(17);
        assertThat(nodeport.at("/properties/resource").asText()).isEqualTo("Service shop/web");

        JsonNode egress = results(run, "NET002").get(0);
        assertThat(egress.path("level").asText()).isEqualTo("error");
        assertThat(egress.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("tf/eks/nodes.tf");
        assertThat(egress.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("tf/eks/lt.tf");
        assertThat(egress.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(egress.at("/relatedLocations/0/message/text").asText()).isEqualTo("attached by aws_launch_template.lt here");

        JsonNode info = results(run, "NET003").get(0);
        assertThat(info.path("level").asText()).isEqualTo("note");
        assertThat(info.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("k8s/my%20ingress.yaml");
    }

    @Test
    void fingerprintIsStableWhenTheFindingMovesAndDiffersForAnotherResource() {
        Finding moved = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
                "k8s/svc.yaml", 40, 3, "Service shop/web", "Service shop/web is exposed on every node");
        Finding other = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
                "k8s/svc.yaml", 5, 9, "Service shop/api", "Service shop/web is exposed on every node");
        Finding messageWithLine = finding("NET002", "x-y", Severity.ERROR, "a.tf", 1, 1, "r", "see a.tf:12:3 and line 7");
        Finding messageWithOtherLine = finding("NET002", "x-y", Severity.ERROR, "a.tf", 9, 1, "r", "see a.tf:30:1 and line 9");
        assertThat(SarifReporter.fingerprint(moved, "k8s/svc.yaml")).isEqualTo(SarifReporter.fingerprint(NODEPORT, "k8s/svc.yaml"))
                .hasSize(64);
        assertThat(SarifReporter.fingerprint(other, "k8s/svc.yaml")).isNotEqualTo(SarifReporter.fingerprint(NODEPORT, "k8s/svc.yaml"));
        assertThat(SarifReporter.fingerprint(messageWithLine, "a.tf")).isEqualTo(SarifReporter.fingerprint(messageWithOtherLine, "a.tf"));
    }

    @Test
    void fingerprintIsWrittenUnderItsVersionedKey() throws IOException {
        JsonNode result = run(sarif(result(NODEPORT), ReportSuppressions.NONE)).path("results").get(0);
        assertThat(result.at("/partialFingerprints/netlint~1v1").asText())
                .isEqualTo(SarifReporter.fingerprint(NODEPORT, "k8s/svc.yaml"));
    }

    @Test
    void suppressedFindingsArePresentWithTheirSuppression() throws IOException {
        ReportSuppressions suppressions = finding -> switch (finding.ruleId()) {
            case "NET001" -> Optional.of(new ReportSuppressions.Suppression(ReportSuppressions.Kind.IN_SOURCE, "accepted for the demo"));
            case "NET002" -> Optional.of(new ReportSuppressions.Suppression(ReportSuppressions.Kind.EXTERNAL, "in the baseline"));
            default -> Optional.empty();
        };
        String sarif = sarif(result(NODEPORT, EGRESS, INFO), suppressions);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = run(sarif);
        assertThat(run.path("results")).hasSize(3);
        assertThat(results(run, "NET001").get(0).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(results(run, "NET001").get(0).at("/suppressions/0/justification").asText()).isEqualTo("accepted for the demo");
        assertThat(results(run, "NET002").get(0).at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(results(run, "NET003").get(0).has("suppressions")).isFalse();
    }

    @Test
    void hostileTextStaysInsideJsonStrings() throws IOException {
        String sarif = sarif(result(HOSTILE_FINDING), ReportSuppressions.NONE);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode result = run(sarif).path("results").get(0);
        assertThat(result.at("/message/text").asText()).isEqualTo("Service " + HOSTILE + " is exposed");
        assertThat(result.at("/properties/resource").asText()).isEqualTo("Service " + HOSTILE);
    }

    @Test
    void pathsOutsideTheRootStayAbsoluteWithoutABaseId() throws IOException {
        Finding outside = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
                "/elsewhere/svc.yaml", 1, 1, "Service a/b", "m");
        String sarif = sarif(result(outside), ReportSuppressions.NONE);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode artifact = run(sarif).at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("file:///elsewhere/svc.yaml");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    private static List<JsonNode> results(JsonNode run, String ruleId) {
        List<JsonNode> matching = new java.util.ArrayList<>();
        run.path("results").forEach(r -> {
            if (r.path("ruleId").asText().equals(ruleId)) {
                matching.add(r);
            }
        });
        return matching;
    }
}
