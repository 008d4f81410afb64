package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import dev.netlint.core.finding.SuppressedFinding;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroups;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintRule;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.report.JsonReporter;
import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.report.SarifReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions end to end through the engine: YAML comments (same line, line before), Terraform {@code #} and
 * {@code //} comments on a block header and on an attribute, the {@code netlint.dev/ignore} annotation with several
 * rules, expiry, and the problems reported about suppressions that do not work.
 */
class SuppressionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** NET901: every NodePort Service, reported at its type value. */
    static final RuleDefinition NODE_PORTS = rule("NET901", "test-no-node-ports", Severity.ERROR,
            services().that().haveType("NodePort").should().notBeExposedThroughNodePorts());
    /** NET902: every Service, reported at metadata. */
    static final RuleDefinition EVERY_SERVICE = rule("NET902", "test-every-service", Severity.WARNING,
            services().should().be(new Condition<Service>("be reported") {
                @Override
                public void check(Service service, EvalContext context, ConditionEvents events) {
                    events.violation(service, () -> service.meta().metadataLocation(), "is a Service");
                }
            }));
    /** NET903: every egress rule of a security group, reported at the rule. */
    static final RuleDefinition EGRESS = rule("NET903", "test-egress", Severity.ERROR,
            securityGroups().should(new Condition<SecurityGroup>("be reported") {
                @Override
                public void check(SecurityGroup group, EvalContext context, ConditionEvents events) {
                    for (SgRule egress : group.egress()) {
                        events.violation(group, egress.protocol(), "has egress " + egress.protocol().orNull());
                    }
                }
            }));

    static final RuleRegistry REGISTRY = new RuleRegistry(List.of(NODE_PORTS, EVERY_SERVICE, EGRESS));

    @TempDir
    Path dir;

    static RuleDefinition rule(String id, String name, Severity severity, LintRule lintRule) {
        return new RuleDefinition(id, name, severity, "Summary of " + name, "Rationale.", "EKS-NETWORKING.md:1",
                "Fix it.", "https://example.com/" + name, List.of(new RuleCheck(severity, lintRule)));
    }

    Path write(String relative, String text) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    LintResult run(LintPolicy policy) {
        return new LintEngine(REGISTRY).run(new LintRequest(List.of(dir.toString()), null, LintSettings.DEFAULTS,
                List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES, policy.withToday(TODAY)));
    }

    LintResult run() {
        return run(LintPolicy.DEFAULTS);
    }

    static final String NODEPORT = """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              type: NodePort
              ports: [{port: 80, nodePort: 30080}]
            """;

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void yamlCommentOnTheSameLineSuppressesWithItsReason() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort  # netlint:ignore NET901 legacy ELB health checks"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902");
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("NET901");
            assertThat(s.suppression().kind()).isEqualTo(Suppression.Kind.COMMENT);
            assertThat(s.suppression().reason()).isEqualTo("legacy ELB health checks");
            assertThat(s.suppression().location().line()).isEqualTo(5);
        });
    }

    @Test
    void yamlCommentOnTheLineBeforeSuppressesByRuleNameToo() throws IOException {
        write("svc.yaml", NODEPORT.replace("  type: NodePort",
                "  # netlint:ignore test-no-node-ports: legacy ELB health checks\n  type: NodePort"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902");
        assertThat(ids(result.suppressed().stream().map(SuppressedFinding::finding).toList())).containsExactly("NET901");
    }

    @Test
    void commentTwoLinesAboveAFindingDoesNotReachIt() throws IOException {
        write("svc.yaml", NODEPORT.replace("spec:", "# netlint:ignore NET901 too far away\nspec:"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902", "suppression-problem", "NET901");
        assertThat(result.findings().get(1).message()).contains("suppresses nothing: no NET901 finding on line 5");
        assertThat(result.findings().get(1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void annotationSuppressesSeveralRulesOfItsObject() throws IOException {
        write("svc.yaml", NODEPORT.replace("metadata: {name: web, namespace: shop}", """
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    netlint.dev/ignore: "NET901, net902: instance-mode backend for the legacy ALB\""""));
        write("other.yaml", NODEPORT.replace("name: web", "name: other"));

        LintResult result = run();

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::resource).containsExactly(
                tuple("NET902", "Service shop/other"), tuple("NET901", "Service shop/other"));
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId(), s -> s.suppression().kind(),
                s -> s.suppression().reason()).containsExactlyInAnyOrder(
                tuple("NET901", Suppression.Kind.ANNOTATION, "instance-mode backend for the legacy ALB"),
                tuple("NET902", Suppression.Kind.ANNOTATION, "instance-mode backend for the legacy ALB"));
    }

    @Test
    void annotationWithSeveralLinesGivesEachRuleItsOwnReason() throws IOException {
        write("svc.yaml", NODEPORT.replace("metadata: {name: web, namespace: shop}", """
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    netlint.dev/ignore: |
                      NET901: node ports are firewalled upstream
                      NET902 until=2027-03-31 migrating"""));

        LintResult result = run();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(s -> s.suppression().reason(), s -> s.suppression().expires())
                .containsExactly(tuple("migrating", LocalDate.of(2027, 3, 31)),
                        tuple("node ports are firewalled upstream", null));
    }

    /** The README's example, verbatim: the colon that ends the rule list may come after the expiry date. */
    @Test
    void annotationLineWithTheColonAfterTheExpiryDate() throws IOException {
        write("svc.yaml", NODEPORT.replace("metadata: {name: web, namespace: shop}", """
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    netlint.dev/ignore: |
                      NET901: node ports are firewalled by the on-premises load balancer
                      NET902 until=2027-03-31: moving to IP targets with the Q1 migration"""));

        LintResult result = run();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId(), s -> s.suppression().reason(),
                        s -> s.suppression().expires())
                .containsExactlyInAnyOrder(
                        tuple("NET902", "moving to IP targets with the Q1 migration", LocalDate.of(2027, 3, 31)),
                        tuple("NET901", "node ports are firewalled by the on-premises load balancer", null));
    }

    /** A comment may do the same. */
    @Test
    void commentWithTheColonAfterTheExpiryDate() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort",
                "type: NodePort # netlint:ignore NET901 until=2027-03-31: migrating"));

        LintResult result = run();

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("NET902");
        assertThat(result.suppressed()).extracting(s -> s.suppression().reason(), s -> s.suppression().expires())
                .containsExactly(tuple("migrating", LocalDate.of(2027, 3, 31)));
    }

    static final String TERRAFORM = """
            resource "aws_security_group" "nodes" {
              egress {
                protocol  = "tcp"
                from_port = 443
                to_port   = 443
              }
              egress {
                protocol  = "udp"
                from_port = 53
                to_port   = 53
              }
            }
            """;

    @Test
    void hclHashCommentAboveTheResourceCoversEveryFindingInIt() throws IOException {
        write("tf/sg.tf", "# netlint:ignore NET903 egress is enforced by the firewall\n" + TERRAFORM);

        LintResult result = run();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).hasSize(2)
                .allSatisfy(s -> assertThat(s.suppression().reason()).isEqualTo("egress is enforced by the firewall"));
    }

    /** netlint:ignore-file naming rules: every finding of those rules in the file, wherever it points. */
    @Test
    void ignoreFileCommentInYamlCoversTheNamedRulesInEveryDocumentOfTheFile() throws IOException {
        write("svc.yaml", "# netlint:ignore-file NET901 node ports are firewalled upstream\n" + NODEPORT + "---\n"
                + NODEPORT.replace("name: web", "name: api"));
        write("other.yaml", NODEPORT.replace("name: web", "name: other"));

        LintResult result = run();

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::resource).containsExactlyInAnyOrder(
                tuple("NET902", "Service shop/web"), tuple("NET902", "Service shop/api"),
                tuple("NET901", "Service shop/other"), tuple("NET902", "Service shop/other"));
        assertThat(result.suppressed()).hasSize(2).allSatisfy(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("NET901");
            assertThat(s.suppression().kind()).isEqualTo(Suppression.Kind.COMMENT);
            assertThat(s.suppression().reason()).isEqualTo("node ports are firewalled upstream");
        });
    }

    /** netlint:ignore-file with a colon and no rule: every rule, in Terraform too (# or //, anywhere in the file). */
    @Test
    void ignoreFileCommentWithoutRulesCoversEveryRuleInATerraformFile() throws IOException {
        write("tf/sg.tf", TERRAFORM + "// netlint:ignore-file: vendored module, linted upstream\n");
        write("tf/other.tf", TERRAFORM.replace("\"nodes\"", "\"workers\""));

        LintResult result = run();

        assertThat(result.findings()).extracting(Finding::resource).containsOnly("aws_security_group.workers");
        assertThat(result.suppressed()).hasSize(2).allSatisfy(s ->
                assertThat(s.suppression().reason()).isEqualTo("vendored module, linted upstream"));
    }

    @Test
    void ignoreFileCommentThatSuppressesNothingOrHasNoReasonIsReported() throws IOException {
        write("a.yaml", "# netlint:ignore-file NET903 not about security groups\n" + NODEPORT);
        write("b.yaml", "# netlint:ignore-file NET901\n" + NODEPORT.replace("name: web", "name: b"));
        write("c.yaml", "# netlint:ignore-file: until=2026-01-31 migrating\n" + NODEPORT.replace("name: web", "name: c"));

        LintResult result = run();

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(InlineSuppressor.PROBLEM))
                .extracting(Finding::message).containsExactlyInAnyOrder(
                        "This netlint:ignore-file comment suppresses nothing: no NET903 finding in this file; remove it",
                        "This netlint:ignore-file comment has no reason, so it suppresses nothing; write why after the"
                                + " rule: # netlint:ignore-file NET901 <reason>",
                        "This netlint:ignore-file comment expired on 2026-01-31, so what it suppressed is reported"
                                + " again; fix the finding or renew the date");
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void hclSlashCommentOnTheResourceHeaderLineCoversTheResource() throws IOException {
        write("tf/sg.tf", TERRAFORM.replace("\"nodes\" {", "\"nodes\" { // netlint:ignore NET903 firewall"));

        assertThat(run().findings()).isEmpty();
    }

    @Test
    void hclCommentOnAnAttributeCoversOnlyThatAttribute() throws IOException {
        write("tf/sg.tf", TERRAFORM.replace("    protocol  = \"udp\"", "    // netlint:ignore NET903 DNS goes to the VPC resolver\n    protocol  = \"udp\""));
        write("tf/other.tf", TERRAFORM.replace("\"nodes\"", "\"other\"")
                .replace("    protocol  = \"tcp\"", "    protocol  = \"tcp\" # netlint:ignore NET903 proxy"));

        LintResult result = run();

        assertThat(result.findings()).extracting(Finding::resource, Finding::message).containsExactly(
                tuple("aws_security_group.other", "has egress udp"),
                tuple("aws_security_group.nodes", "has egress tcp"));
        assertThat(result.suppressed()).extracting(s -> s.finding().message(), s -> s.suppression().reason())
                .containsExactly(tuple("has egress tcp", "proxy"),
                        tuple("has egress udp", "DNS goes to the VPC resolver"));
    }

    @Test
    void markerInsideAStringIsNotAComment() throws IOException {
        // once: Terraform forbids setting an argument twice
        write("tf/sg.tf", TERRAFORM.replaceFirst("  egress \\{",
                "  description = \"# netlint:ignore NET903 nope\"\n  egress {"));

        assertThat(run().findings()).hasSize(2);
    }

    @Test
    void suppressionWithoutReasonSuppressesNothingAndIsReported() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902", "NET901", "suppression-problem");
        Finding problem = result.findings().get(2);
        assertThat(problem.severity()).isEqualTo(Severity.INFO);
        assertThat(problem.location().line()).isEqualTo(5);
        assertThat(problem.location().column()).isEqualTo(18);
        assertThat(problem.message()).isEqualTo("This netlint:ignore comment has no reason, so it suppresses nothing; "
                + "write why after the rule: # netlint:ignore NET901 <reason>");
    }

    @Test
    void unknownRuleIsReportedAndTheKnownOnesStillWork() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901,NET999 firewalled"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902", "suppression-problem");
        assertThat(result.findings().get(1).message())
                .isEqualTo("This netlint:ignore comment names no rule 'NET999' (see netlint --list-rules)");
        assertThat(result.suppressed()).hasSize(1);
    }

    @Test
    void unusedAnnotationIsReportedAtTheAnnotation() throws IOException {
        write("svc.yaml", NODEPORT.replace("NodePort", "ClusterIP").replace("metadata: {name: web, namespace: shop}",
                "metadata:\n  name: web\n  namespace: shop\n  annotations: {netlint.dev/ignore: \"NET901: was a NodePort\"}"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902", "suppression-problem");
        Finding problem = result.findings().get(1);
        assertThat(problem.location().line()).isEqualTo(6);
        assertThat(problem.message()).isEqualTo("The netlint.dev/ignore annotation of Service shop/web suppresses "
                + "nothing: no NET901 finding on Service shop/web; remove it");
    }

    @Test
    void expiredSuppressionStopsWorkingAndIsReported() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 until=2026-05-31 migrating"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902", "NET901", "suppression-problem");
        assertThat(result.findings().get(2).message()).isEqualTo("This netlint:ignore comment expired on 2026-05-31, "
                + "so what it suppressed is reported again; fix the finding or renew the date");
        assertThat(result.failsAt(Severity.ERROR)).isTrue();
    }

    @Test
    void suppressionUntilTodayStillWorks() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 until=2026-06-01 migrating"));

        LintResult result = run();

        assertThat(ids(result.findings())).containsExactly("NET902");
        assertThat(result.suppressed().get(0).suppression().expires()).isEqualTo(TODAY);
    }

    @Test
    void badExpiryDateIsReported() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 until=31.03.2027 later"));

        assertThat(run().findings()).extracting(Finding::message)
                .contains("This netlint:ignore comment until= must be a date written YYYY-MM-DD, not '31.03.2027'");
    }

    @Test
    void noInlineSuppressionsIgnoresCommentsAndAnnotationsAndTheirProblems() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 firewalled")
                .replace("metadata: {name: web, namespace: shop}",
                        "metadata: {name: web, namespace: shop, annotations: {netlint.dev/ignore: \"NET902\"}}"));

        LintResult result = run(LintPolicy.DEFAULTS.withInlineSuppressions(false));

        assertThat(ids(result.findings())).containsExactly("NET902", "NET901");
        assertThat(result.suppressed()).isEmpty();
    }

    @Test
    void suppressedFindingsNeverFailTheRun() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 firewalled"));

        LintResult result = run();

        assertThat(result.failsAt(Severity.ERROR)).isFalse();
        assertThat(result.failsAt(Severity.WARNING)).isTrue();
    }

    @Test
    void jsonMarksSuppressedFindingsAndCountsThem() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 firewalled"));
        StringWriter out = new StringWriter();

        new JsonReporter("test").write(run(), out);

        assertThat(out.toString()).contains("""
                      "related": [],
                      "suppressed": {
                        "kind": "comment",
                        "reason": "firewalled",
                        "file": "%s",
                        "line": 5
                      }
                """.formatted(dir.toString().replace('\\', '/') + "/svc.yaml"));
        assertThat(out.toString()).contains("\"findings\": 1,").contains("\"suppressed\": 1");
    }

    @Test
    void sarifCarriesTheSuppressionOfTheRun() throws IOException {
        write("svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET901 firewalled"));
        StringWriter out = new StringWriter();

        new SarifReporter("1.0.0", REGISTRY.rules(), new ReportPaths(dir)).write(run(), out);

        assertThat(out.toString()).contains("\"suppressions\"").contains("\"kind\" : \"inSource\"")
                .contains("\"justification\" : \"comment: firewalled\"");
    }

    @Test
    void configurationSeverityAndPathExclusionsApply() throws IOException {
        write("svc.yaml", NODEPORT);
        write("legacy/old.yaml", NODEPORT.replace("name: web", "name: old"));
        LintPolicy policy = new LintPolicy(PathGlobs.NONE, Map.of(
                "NET901", new LintPolicy.RulePolicy(Severity.INFO, null, null),
                "NET902", new LintPolicy.RulePolicy(null, new PathGlobs(List.of("legacy"), dir), "retired in Q3")),
                true, null, null);

        LintResult result = run(policy);

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::resource, Finding::severity).containsExactly(
                tuple("NET901", "Service shop/old", Severity.INFO),
                tuple("NET902", "Service shop/web", Severity.WARNING),
                tuple("NET901", "Service shop/web", Severity.INFO));
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.suppression().kind()).isEqualTo(Suppression.Kind.CONFIG);
            assertThat(s.suppression().reason()).isEqualTo("retired in Q3");
        });
    }

    @Test
    void excludedFilesAreNotReadAndAreListedAsSkipped() throws IOException {
        write("svc.yaml", NODEPORT);
        write("charts/a/templates/svc.yaml", "{{ broken");
        LintPolicy policy = new LintPolicy(new PathGlobs(List.of("charts/**"), dir), Map.of(), true, null, null);

        LintResult result = run(policy);

        assertThat(result.filesLinted()).isEqualTo(1);
        assertThat(result.skipped()).singleElement().satisfies(s ->
                assertThat(s.reason()).isEqualTo("excluded by configuration (exclude: charts/**)"));
    }
}
