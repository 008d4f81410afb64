package dev.netlint.core.lang;

import dev.netlint.core.finding.RelatedLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a condition's violations until {@code finish} and keeps one per place and message, so subjects that share
 * the place of a mistake (node groups that start from one launch template) give one finding whose related
 * locations name them all. A message that leads with its subject's description counts as the same message for
 * every subject. A condition calls {@link #report} from {@code check} and {@link #flush} from {@code finish}, with
 * itself as the owner.
 */
public final class ViolationsMergedByPlace {

    private ViolationsMergedByPlace() {}

    /** Keeps one violation per place and message, joining the related locations of the subjects that share it. */
    public static void report(Object owner, ConditionEvents events, Violation violation) {
        Map<String, Violation> byPlace = events.state(owner, LinkedHashMap::new);
        String subject = violation.subject().describe();
        String message = violation.message();
        // the message leads with the first node group's name: the groups that share the place are one finding
        String key = violation.location() + "\n"
                + (message.startsWith(subject) ? message.substring(subject.length()) : message);
        Violation earlier = byPlace.get(key);
        if (earlier == null) {
            byPlace.put(key, violation);
        } else {
            List<RelatedLocation> related = new ArrayList<>(earlier.related());
            violation.related().stream().filter(r -> !related.contains(r)).forEach(related::add);
            byPlace.put(key, new Violation(earlier.subject(), earlier.location(), earlier.message(), related,
                    earlier.severity()));
        }
    }

    /** Reports the violations kept for {@code owner}, in the order their places were first seen. */
    public static void flush(Object owner, ConditionEvents events) {
        Map<String, Violation> byPlace = events.state(owner, LinkedHashMap::new);
        byPlace.values().forEach(events::add);
    }
}
