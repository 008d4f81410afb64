package dev.netlint.core.report;

import static dev.netlint.core.report.ReportFixtures.NODE_PORT;
import static dev.netlint.core.report.ReportFixtures.PARSE_ERROR;
import static dev.netlint.core.report.ReportFixtures.WARNING;
import static dev.netlint.core.report.ReportFixtures.WORKFLOW;
import static dev.netlint.core.report.ReportFixtures.render;
import static dev.netlint.core.report.ReportFixtures.result;
import static dev.netlint.core.report.ReportFixtures.withMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stable machine format, pinned character for character: field order, indentation, escaping. */
class JsonReporterTest {

    private static String json(dev.netlint.core.finding.LintResult result) {
        return render(new JsonReporter("1.2.3"), result);
    }

    @Test
    void writesEveryFieldOfAFindingWithItsRelatedLocationsAndASummary() {
        String json = json(result(List.of(NODE_PORT, WARNING), 3, List.of(WORKFLOW)));

        assertThat(json).isEqualTo("""
                {
                  "version": "1.2.3",
                  "findings": [
                    {
                      "ruleId": "NET001",
                      "ruleName": "service-nodeport-exposure",
                      "severity": "error",
                      "message": "Service shop/web is exposed on every node's IP at port 30080",
                      "file": "k8s/web.yaml",
                      "line": 9,
                      "column": 9,
                      "endLine": 9,
                      "endColumn": 17,
                      "resource": "Service shop/web",
                      "hint": "Use type ClusterIP behind the load balancer.",
                      "docs": "https://netlint.dev/rules/NET001",
                      "related": [
                        {
                          "file": "k8s/ingress.yaml",
                          "line": 12,
                          "column": 31,
                          "message": "instance-mode backend of Ingress shop/web"
                        }
                      ]
                    },
                    {
                      "ruleId": "NET003",
                      "ruleName": "alb-ingress-not-grouped",
                      "severity": "warning",
                      "message": "Ingress shop/web does not join an IngressGroup",
                      "file": "k8s/web.yaml",
                      "line": 20,
                      "column": 1,
                      "endLine": 20,
                      "endColumn": 9,
                      "resource": "Ingress shop/web",
                      "hint": "Set alb.ingress.kubernetes.io/group.name.",
                      "docs": "https://netlint.dev/rules/NET003",
                      "related": []
                    }
                  ],
                  "summary": {
                    "files": 3,
                    "findings": 2,
                    "errors": 1,
                    "warnings": 1,
                    "infos": 0,
                    "skipped": 1,
                    "suppressed": 0
                  }
                }
                """);
    }

    @Test
    void writesAnEmptyResultWithAnEmptyFindingsArray() {
        assertThat(json(result(List.of(), 0, List.of()))).isEqualTo("""
                {
                  "version": "1.2.3",
                  "findings": [],
                  "summary": {
                    "files": 0,
                    "findings": 0,
                    "errors": 0,
                    "warnings": 0,
                    "infos": 0,
                    "skipped": 0,
                    "suppressed": 0
                  }
                }
                """);
    }

    @Test
    void writesAParseErrorLikeAnyOtherFinding() {
        assertThat(json(result(List.of(PARSE_ERROR), 1, List.of())))
                .contains("\"ruleId\": \"parse-error\",\n      \"ruleName\": \"parse-error\"")
                .contains("\"file\": \"k8s/broken.yaml\",\n      \"line\": 2,\n      \"column\": 4,\n"
                        + "      \"endLine\": 2,\n      \"endColumn\": 4,");
    }

    @Test
    void escapesQuotesBackslashesNewlinesAndControlCharactersInStrings() {
        String hostile = "name \"x\" \\ path\nnext line\r\u0000\u0007\u001b[2J\tend";

        String json = json(result(List.of(withMessage(NODE_PORT, hostile)), 1, List.of()));

        assertThat(json).contains(
                "\"message\": \"name \\\"x\\\" \\\\ path\\nnext line\\r\\u0000\\u0007\\u001B[2J\\tend\",");
    }

    @Test
    void keepsEveryFindingOnTheLinesOfItsOwnObjectWhateverItsText() {
        String json = json(result(List.of(withMessage(NODE_PORT, "a\nb\r\nc\u2028")), 1, List.of()));

        assertThat(json.lines().filter(line -> line.startsWith("      \"message\""))).singleElement()
                .isEqualTo("      \"message\": \"a\\nb\\r\\nc\u2028\",");
    }
}
