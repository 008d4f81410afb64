package dev.netlint.core.finding;

import dev.netlint.core.source.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One thing netlint reports: which rule, how severe, what and where (exact to the column), which resource, how to
 * fix it, and the other places that make it true. Findings sort by file, line, column, rule id, then message, so
 * output is the same whatever order rules and files were processed in.
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message, Location location,
                      String resource, String hint, String docs, List<RelatedLocation> related)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::location)
            .thenComparing(Finding::severity);

    public Finding {
        related = List.copyOf(related);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
