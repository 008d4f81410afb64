package dev.netlint.core.lang;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * What a condition reports about one subject: where, what, and which other places make it so.
 * {@code severity} is null unless the condition knows better than the rule (a NodePort that is an instance-target
 * backend is only worth an info).
 */
public record Violation(ModelElement subject, Location location, String message, List<RelatedLocation> related,
                        Severity severity) {

    public Violation {
        related = List.copyOf(related);
    }

    public Violation withSeverity(Severity newSeverity) {
        return new Violation(subject, location, message, related, newSeverity);
    }
}
