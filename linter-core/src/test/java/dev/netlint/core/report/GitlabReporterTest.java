package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import static dev.netlint.core.report.ReportFixtures.HOSTILE;
import static dev.netlint.core.report.ReportFixtures.finding;
import static dev.netlint.core.report.ReportFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.InputFindings;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --format gitlab}: GitLab Code Quality JSON, checked against the schema in test resources
 * (gitlab/code-quality-report.schema.json), which we wrote from GitLab's documentation of the format.
 */
class GitlabReporterTest {

    private static final Path ROOT = Path.of("/work/repo");

    private static final Finding NODEPORT = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
            "./k8s/svc.yaml", 5, 9, "Service shop/web", "Service shop/web is exposed on every node");
    private static final Finding EGRESS = finding("NET002", "eks-node-sg-missing-required-egress", Severity.ERROR,
            "/work/repo/tf/eks/nodes.tf", 12, 3, "aws_security_group.nodes", "no egress to tcp/443");
    private static final Finding INFO = finding("NET003", "alb-ingress-not-grouped", Severity.INFO,
            "k8s/my ingress.yaml", 2, 1, "Ingress shop/a", "Ingress shop/a gets an ALB of its own");
    private static final Finding PARSE = InputFindings.parseError(Location.at("k8s/broken.yaml", 3, 1), "invalid YAML");

    private static String gitlab(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new GitlabReporter(new ReportPaths(ROOT)).write(result, out);
        return out.toString();
    }

    private static List<String> violations(String report) throws IOException {
        try (InputStream in = GitlabReporterTest.class.getResourceAsStream("/gitlab/code-quality-report.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            return schema.validate(new ObjectMapper().readTree(report)).stream().map(ValidationMessage::toString).toList();
        }
    }

    @Test
    void reportIsValidAgainstGitlabsDocumentedFormat() throws IOException {
        String report = gitlab(result(NODEPORT, EGRESS, INFO, PARSE));
        assertThat(violations(report)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatGitlabWouldNotRead() throws IOException {
        assertThat(violations("[{\"description\": \"x\", \"check_name\": \"NET001\", \"fingerprint\": \"f\","
                + " \"severity\": \"warning\", \"location\": {\"path\": \"a.yaml\", \"lines\": {\"begin\": 1}}}]"))
                .as("severity must be one of GitLab's").isNotEmpty();
        assertThat(violations("[{\"description\": \"x\", \"check_name\": \"NET001\", \"fingerprint\": \"f\","
                + " \"severity\": \"minor\", \"location\": {\"path\": \"a.yaml\"}}]"))
                .as("a line is required").isNotEmpty();
        assertThat(violations("[{\"description\": \"x\", \"check_name\": \"NET001\", \"severity\": \"minor\","
                + " \"location\": {\"path\": \"a.yaml\", \"lines\": {\"begin\": 1}}}]"))
                .as("a fingerprint is required").isNotEmpty();
    }

    @Test
    void eachFindingIsAnIssueWithRelativePathLineSeverityAndRule() throws IOException {
        JsonNode issues = new ObjectMapper().readTree(gitlab(result(NODEPORT, EGRESS, INFO, PARSE)));
        assertThat(issues).hasSize(4);
        JsonNode nodeport = find(issues, "NET001");
        assertThat(nodeport.path("description").asText())
                .isEqualTo("Service shop/web is exposed on every node [NET001 service-nodeport-exposure]");
        assertThat(nodeport.path("severity").asText()).isEqualTo("minor");
        assertThat(nodeport.path("location").path("path").asText()).isEqualTo("k8s/svc.yaml");
        assertThat(nodeport.path("location").path("lines").path("begin").asInt()).isEqualTo(5);
        assertThat(nodeport.path("location").path("positions").path("begin").path("column").asInt()).isEqualTo(9);
        assertThat(find(issues, "NET002").path("severity").asText()).isEqualTo("major");
        assertThat(find(issues, "NET002").path("location").path("path").asText()).isEqualTo("tf/eks/nodes.tf");
        assertThat(find(issues, "NET003").path("severity").asText()).isEqualTo("info");
        assertThat(find(issues, "parse-error").path("description").asText()).isEqualTo("invalid YAML [parse-error]");
    }

    @Test
    void fingerprintsAreStableAcrossLineMovesAndUniqueWithinAReport() throws IOException {
        Finding moved = finding("NET001", "service-nodeport-exposure", Severity.WARNING,
                "./k8s/svc.yaml", 25, 9, "Service shop/web", "Service shop/web is exposed on every node");
        String before = find(new ObjectMapper().readTree(gitlab(result(NODEPORT))), "NET001").path("fingerprint").asText();
        String after = find(new ObjectMapper().readTree(gitlab(result(moved))), "NET001").path("fingerprint").asText();
        assertThat(after).isEqualTo(before);

        JsonNode twice = new ObjectMapper().readTree(gitlab(result(NODEPORT, moved)));
        assertThat(twice.get(0).path("fingerprint").asText()).isNotEqualTo(twice.get(1).path("fingerprint").asText());
    }

    @Test
    void scannedTextIsEscapedAsJsonAndANoFindingRunIsAnEmptyArray() throws IOException {
        Finding hostile = finding("NET001", "service-nodeport-exposure", Severity.WARNING, "k8s/evil.yaml", 3, 9,
                "Service " + HOSTILE, "Service " + HOSTILE + " is exposed");
        String report = gitlab(result(hostile));
        assertThat(violations(report)).isEmpty();
        assertThat(new ObjectMapper().readTree(report).get(0).path("description").asText()).startsWith("Service " + HOSTILE);
        assertThat(gitlab(result())).isEqualTo("[]\n");
    }

    private static JsonNode find(JsonNode issues, String checkName) {
        for (JsonNode issue : issues) {
            if (issue.path("check_name").asText().equals(checkName)) {
                return issue;
            }
        }
        throw new AssertionError("no issue " + checkName + " in " + issues);
    }
}
