package dev.netlint.core.report;

import dev.netlint.core.engine.Finding;
import dev.netlint.core.engine.LintResult;
import dev.netlint.core.lang.RelatedLocation;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Severity;
import dev.netlint.core.source.Location;
import java.util.List;

/** Findings and rules for reporter tests, including hostile text as a scanned file could carry it. */
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
}
