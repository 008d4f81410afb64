package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import java.util.Optional;

/**
 * Extension point for suppressed findings, which formats that can carry them (SARIF) report rather than drop.
 * {@link Finding} has no suppression data yet; when suppressions land (inline comments, {@code .netlint.yaml},
 * baselines) the engine hands the reporters a lookup that answers for each suppressed finding, and SARIF writes it
 * with {@code "suppressions": [{"kind": "inSource"|"external", "status": "accepted", "justification": ...}]}.
 */
@FunctionalInterface
public interface ReportSuppressions {

    /** Where a suppression was declared: in the scanned file itself, or outside it (config, baseline). */
    enum Kind { IN_SOURCE, EXTERNAL }

    /** Why and where a finding was suppressed. */
    record Suppression(Kind kind, String justification) {}

    /** Nothing is suppressed (today's engine). */
    ReportSuppressions NONE = finding -> Optional.empty();

    Optional<Suppression> of(Finding finding);
}
