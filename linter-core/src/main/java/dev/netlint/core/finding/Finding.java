package dev.netlint.core.finding;

import dev.netlint.core.source.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One thing netlint reports: which rule, how severe, what and where (exact to the column), which resource, how to
 * fix it, and the other places that make it true. Findings sort by file, line, column, rule id, then message, so
 * output is the same whatever order rules and files were processed in. {@code unverified} marks what {@code --strict}
 * adds for a check an unknown value left undecided (its message also says so, for readers and baselines).
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message, Location location,
                      String resource, String hint, String docs, List<RelatedLocation> related, boolean unverified)
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

    /** A finding of a rule or of the input: a violation, a parse error, a note. */
    public Finding(String ruleId, String ruleName, Severity severity, String message, Location location,
                   String resource, String hint, String docs, List<RelatedLocation> related) {
        this(ruleId, ruleName, severity, message, location, resource, hint, docs, related, false);
    }

    /** This finding at another severity (a rule's configured one). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, ruleName, newSeverity, message, location, resource, hint, docs, related, unverified);
    }

    /** This finding at another place, with the related places that go with it there. */
    public Finding at(Location newLocation, List<RelatedLocation> newRelated) {
        return new Finding(ruleId, ruleName, severity, message, newLocation, resource, hint, docs, newRelated,
                unverified);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
