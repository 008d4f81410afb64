package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import java.util.Comparator;

/** Orders used by reports once findings are grouped by their reported (relative) path. */
final class ReportOrder {

    private ReportOrder() {}

    /** Within one file: by position, then rule and message, so reports are deterministic. */
    static final Comparator<Finding> IN_FILE = Comparator.<Finding>comparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);
}
