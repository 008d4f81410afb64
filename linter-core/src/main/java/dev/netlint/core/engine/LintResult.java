package dev.netlint.core.engine;

import dev.netlint.core.lang.Severity;
import java.util.List;

/** The outcome of a run: sorted findings, how many files were linted, and the files that were skipped. */
public record LintResult(List<Finding> findings, int filesLinted, List<SkippedFile> skipped, List<RuleStats> ruleStats) {

    /**
     * How much a rule looked at: subjects its checks selected, and checks it could not decide because a value was
     * unknown. A rule that selected nothing in a test fixture means the fixture tests nothing.
     */
    public record RuleStats(String ruleId, int checkedSubjects, int unverifiable) {}

    public LintResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        ruleStats = List.copyOf(ruleStats);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as severe as {@code threshold} (null: never fails). */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
