package dev.netlint.core.lang.conditions;

import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPv6 load-balancing checks shared by ALB Ingresses and NLB Services (RULES.md NET004): "You can only load
 * balance over IPv6 to IP targets, not instance targets", and IPv6 targets need a dual-stack load balancer.
 */
final class Ipv6LoadBalancing {

    private Ipv6LoadBalancing() {}

    static void check(ModelElement subject, Location fallback, ServiceConditions.Ipv6Targets targets,
                      Setting<Spelled<TargetType>> targetType, Setting<String> addressType, List<String> dualStackTypes, String kind,
                      ConditionEvents events) {
        if (!targetType.isKnown() || !addressType.isKnown()) {
            Setting<?> unknown = targetType.isKnown() ? addressType : targetType;
            events.unverifiable(subject, unknown.unknownAtOr(() -> fallback), unknown.origin());
            return;
        }
        boolean instance = targetType.means(TargetType.INSTANCE);
        boolean dualStack = dualStackTypes.contains(addressType.get());
        if (targets.ipv6().isTrue()) {
            if (instance) {
                events.add(new Violation(subject, at(targetType, fallback),
                        subject.describe() + " sends IPv6 traffic to instance targets (target type instance from "
                                + targetType.origin() + "); IPv6 is supported for ip targets only",
                        related(targets.because(), targetType), null));
            }
            if (!dualStack) {
                events.add(new Violation(subject, at(addressType, fallback),
                        subject.describe() + " has IPv6 targets but an " + addressType.get() + " " + kind
                                + " (" + addressType.origin() + "); the controller refuses it: lb not dual-stack",
                        related(targets.because(), addressType), null));
            }
        } else if (targets.familyUnknown() && dualStack && instance) {
            events.add(new Violation(subject, at(targetType, fallback),
                    subject.describe() + " is a dualstack " + kind + " with instance targets, which works only when"
                            + " the pods are IPv4; the cluster's IP family is unknown (set --cluster-ip-family)",
                    related(List.of(), addressType), Severity.WARNING));
        }
    }

    private static Location at(Setting<?> setting, Location fallback) {
        return setting.writtenAt().orElse(fallback);
    }

    private static List<RelatedLocation> related(List<RelatedLocation> because, Setting<?> decidedBy) {
        List<RelatedLocation> all = new ArrayList<>(because);
        if (decidedBy.byClassParams() && decidedBy.writtenAt().isPresent()) {
            all.add(new RelatedLocation(decidedBy.writtenAt().get(), "set by " + decidedBy.origin()));
        }
        return all;
    }
}
