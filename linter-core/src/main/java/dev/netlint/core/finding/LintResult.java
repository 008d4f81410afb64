package dev.netlint.core.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: sorted findings, how many files were linted, the files that were skipped, and the findings
 * that suppressions cover. {@link #findings()} holds only the findings that count; suppressed ones are kept apart in
 * {@link #suppressed()} so formats that drop them (github, checkstyle, junit) need no change and
 * {@link #failsAt(Severity)} never sees them. {@code workspaces}: the workspaces formed when none were configured.
 */
public record LintResult(List<Finding> findings, int filesLinted, List<SkippedFile> skipped, List<RuleStats> ruleStats,
                         List<SuppressedFinding> suppressed, List<FormedWorkspace> workspaces) {

    /**
     * How much a rule looked at: subjects its checks selected, and checks it could not decide because a value was
     * unknown. A rule that selected nothing in a test fixture means the fixture tests nothing.
     */
    public record RuleStats(String ruleId, int checkedSubjects, int unverifiable) {}

    public LintResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        ruleStats = List.copyOf(ruleStats);
        List<SuppressedFinding> sorted = new ArrayList<>(suppressed);
        sorted.sort(null);
        suppressed = List.copyOf(sorted);
        workspaces = List.copyOf(workspaces);
    }

    /** A result of a run whose workspaces were configured, or that formed none worth listing. */
    public LintResult(List<Finding> findings, int filesLinted, List<SkippedFile> skipped, List<RuleStats> ruleStats,
                      List<SuppressedFinding> suppressed) {
        this(findings, filesLinted, skipped, ruleStats, suppressed, List.of());
    }

    /** The same result, with the workspaces the run formed. */
    public LintResult withWorkspaces(List<FormedWorkspace> formed) {
        return new LintResult(findings, filesLinted, skipped, ruleStats, suppressed, formed);
    }

    /** A result without suppressed findings. */
    public LintResult(List<Finding> findings, int filesLinted, List<SkippedFile> skipped, List<RuleStats> ruleStats) {
        this(findings, filesLinted, skipped, ruleStats, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as severe as {@code threshold} (null: never fails). Suppressed ones never count. */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** Every finding, counted and suppressed, in finding order: what JSON and SARIF list. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        suppressed.forEach(s -> all.add(s.finding()));
        all.sort(null);
        return all;
    }

    /** Each suppressed finding with its suppression, for reporters that mark them (build it once per report). */
    public Map<Finding, Suppression> suppressionIndex() {
        Map<Finding, Suppression> index = new HashMap<>();
        for (SuppressedFinding s : suppressed) {
            index.putIfAbsent(s.finding(), s.suppression());
        }
        return index;
    }
}
