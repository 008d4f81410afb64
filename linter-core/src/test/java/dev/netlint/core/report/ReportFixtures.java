package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Findings, rules and small lint results shared by the reporter tests, including hostile text as a scanned file
 * could carry it, and a way to render a result to a string.
 */
final class ReportFixtures {

    private ReportFixtures() {}


    /** A resource name built to break out of a GitHub workflow command or an XML attribute. */
    static final String HOSTILE = "web\n::error file=x::pwned\r\n::add-mask::secret%0A, title=:\"<&>\u001b[31m";

    static RuleDefinition rule(String id, String name, Severity severity) {
        return new RuleDefinition(id, name, severity, "Summary of " + id, "Why " + id + " matters.",
                "EKS-NETWORKING.md:1 \"quoted\"", "Fix " + id + ".", "https://example.com/" + id,
                List.of(new RuleCheck(severity, null)));
    }

    static Finding finding(String ruleId, String ruleName, Severity severity, String file, int line, int column,
                           String resource, String message, RelatedLocation... related) {
        return new Finding(ruleId, ruleName, severity, message, new Location(file, line, column, line, column + 8),
                resource, "Do the fix.", "https://example.com/" + ruleId, List.of(related));
    }

    static LintResult result(Finding... findings) {
        List<Finding> sorted = new java.util.ArrayList<>(List.of(findings));
        java.util.Collections.sort(sorted);
        return new LintResult(sorted, 3, List.of(), List.of());
    }


    /** A cross-resource finding with one related place. */
    static final Finding NODE_PORT = new Finding("NET001", "service-nodeport-exposure", Severity.ERROR,
            "Service shop/web is exposed on every node's IP at port 30080",
            new Location("k8s/web.yaml", 9, 9, 9, 17), "Service shop/web", "Use type ClusterIP behind the load balancer.",
            "https://netlint.dev/rules/NET001",
            List.of(new RelatedLocation(Location.at("k8s/ingress.yaml", 12, 31), "instance-mode backend of Ingress shop/web")));

    /** A finding about input, whose rule id and name are the same. */
    static final Finding PARSE_ERROR = new Finding("parse-error", "parse-error", Severity.ERROR,
            "invalid YAML: mapping values are not allowed here", Location.at("k8s/broken.yaml", 2, 4),
            "k8s/broken.yaml", "Fix the syntax; the rest of the run was linted, this file was not.", "", List.of());

    static final Finding WARNING = new Finding("NET003", "alb-ingress-not-grouped", Severity.WARNING,
            "Ingress shop/web does not join an IngressGroup", new Location("k8s/web.yaml", 20, 1, 20, 9),
            "Ingress shop/web", "Set alb.ingress.kubernetes.io/group.name.", "https://netlint.dev/rules/NET003", List.of());

    static final SkippedFile WORKFLOW = new SkippedFile(".github/workflows/ci.yml",
            "not a Kubernetes manifest (no apiVersion and kind)");

    static LintResult result(List<Finding> findings, int files, List<SkippedFile> skipped) {
        return new LintResult(findings, files, skipped, List.of());
    }

    static Finding withMessage(Finding finding, String message) {
        return new Finding(finding.ruleId(), finding.ruleName(), finding.severity(), message, finding.location(),
                finding.resource(), finding.hint(), finding.docs(), finding.related());
    }

    static String render(Reporter reporter, LintResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
