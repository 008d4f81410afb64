package dev.netlint.core.report;

import dev.netlint.core.engine.Finding;
import dev.netlint.core.engine.LintResult;
import dev.netlint.core.engine.SkippedFile;
import dev.netlint.core.lang.RelatedLocation;
import dev.netlint.core.lang.Severity;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Small lint results shared by the reporter tests, and a way to render one to a string. */
final class ReportFixtures {

    private ReportFixtures() {}

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
