package dev.netlint.core.lang.conditions;

import dev.netlint.core.analysis.AlbIngressAnalysis;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What Ingresses should be. */
public final class IngressConditions {

    private IngressConditions() {}

    /**
     * "join an IngressGroup" (NET003). Decided once all Ingresses are seen: ungrouped Ingresses that share a scheme
     * and IP address type could share one ALB, so each is a warning; a lone ungrouped Ingress is only info. Only
     * distinct Ingresses pair: the same namespace/name in two files is one object, not two that could share.
     */
    public static Condition<Ingress> joinAnIngressGroup() {
        return new Condition<>("join an IngressGroup") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                AlbIngressAnalysis alb = AlbIngressAnalysis.of(ingress, context);
                Tri ungrouped = alb.isUngrouped();
                if (ungrouped.isUnknown()) {
                    Setting<String> group = alb.group();
                    events.unverifiable(ingress, group.unknownAtOr(ingress.meta()::metadataLocation), group.origin());
                    return;
                }
                if (ungrouped.isFalse()) {
                    return;
                }
                Setting<String> scheme = alb.scheme();
                Setting<String> addressType = alb.ipAddressType();
                // Ingresses share an ALB when scheme and IP address type agree; one whose are not known shares with
                // nobody but its own revisions (the same namespace/name written elsewhere).
                ShareKey key = scheme.isKnown() && addressType.isKnown()
                        ? new SameLoadBalancer(scheme.get(), addressType.get()) : new OnItsOwn(ingress.describe());
                Map<ShareKey, List<Ungrouped>> byKey = events.state(this, LinkedHashMap::new);
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Ungrouped(ingress, alb.isAutoMode(),
                                !ingress.meta().annotation(AlbIngressAnalysis.GROUP_NAME).isAbsent(), scheme, addressType));
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                Map<ShareKey, List<Ungrouped>> byKey = events.state(this, LinkedHashMap::new);
                for (List<Ungrouped> sharing : byKey.values()) {
                    // One namespace/name written in several places (two revisions of one object) is one Ingress:
                    // it is never its own partner, and it counts once among the others. The distinct Ingresses of
                    // a group are collected once, so a large group costs linear time, not quadratic.
                    Map<String, Ungrouped> distinct = new LinkedHashMap<>();
                    for (Ungrouped one : sharing) {
                        distinct.putIfAbsent(one.ingress.describe(), one);
                    }
                    List<Ungrouped> firstFew = distinct.values().stream().limit(MAX_PEERS_SHOWN + 1).toList();
                    for (Ungrouped one : sharing) {
                        events.add(one.violation(distinct.size() - 1, firstFew));
                    }
                }
            }
        };
    }

    private static final int MAX_PEERS_SHOWN = 3;

    /** Which ungrouped Ingresses could share one ALB. */
    private sealed interface ShareKey {}

    private record SameLoadBalancer(String scheme, String addressType) implements ShareKey {}

    /** An Ingress whose scheme or IP address type is not known, named by namespace/name. */
    private record OnItsOwn(String ingress) implements ShareKey {}

    private record Ungrouped(Ingress ingress, boolean autoMode, boolean annotated, Setting<String> scheme,
            Setting<String> addressType) {

        /**
         * The finding for this Ingress, given how many other distinct Ingresses share its group and the group's
         * first {@code MAX_PEERS_SHOWN + 1} distinct Ingresses (this one among them or not).
         */
        Violation violation(int peerCount, List<Ungrouped> firstFew) {
            // A few peers show the point; listing every Ingress of a large repository would bury the finding.
            List<RelatedLocation> others = firstFew.stream()
                    .filter(o -> !o.ingress.describe().equals(ingress.describe()))
                    .limit(MAX_PEERS_SHOWN)
                    .map(o -> new RelatedLocation(o.ingress.meta().metadataLocation(),
                            o.ingress.describe() + " could share the same ALB"))
                    .toList();
            String how = !autoMode
                    ? "it has no " + AlbIngressAnalysis.GROUP_NAME + " annotation and no IngressClassParams group"
                    : annotated
                    ? "EKS Auto Mode ignores the " + AlbIngressAnalysis.GROUP_NAME
                            + " annotation; set spec.group.name in its IngressClassParams"
                    : "EKS Auto Mode groups Ingresses only through spec.group.name in the IngressClassParams"
                            + " of their IngressClass";
            String message = peerCount == 0
                    ? ingress.describe() + " gets an ALB of its own: " + how
                    : ingress.describe() + " gets an ALB of its own, as " + (peerCount == 1 ? "does " : "do ")
                            + peerCount + " more " + scheme.get() + " " + addressType.get()
                            + (peerCount == 1 ? " Ingress" : " Ingresses") + " that could share one: " + how;
            return new Violation(ingress, ingress.meta().metadataLocation(), message, others,
                    peerCount == 0 ? Severity.INFO : Severity.WARNING);
        }
    }

    /** "not load balance IPv6 traffic to instance targets" (ALB side of NET004), per backend Service. */
    public static Condition<Ingress> notLoadBalanceIpv6ToInstanceTargets() {
        return new Condition<>("not load balance IPv6 traffic to instance targets") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                AlbIngressAnalysis alb = AlbIngressAnalysis.of(ingress, context);
                Setting<String> addressType = alb.ipAddressType();
                List<Service> backends = alb.backendServices();
                // Without its backend Services in the input, the Ingress's own settings decide (RULES.md NET004).
                List<Service> targets = backends.isEmpty() ? java.util.Collections.singletonList(null) : backends;
                ConditionEvents perIngress = new ConditionEvents();
                for (Service backend : targets) {
                    ServiceConditions.Ipv6Targets ipv6 = backend != null
                            ? ServiceConditions.Ipv6Targets.of(backend, context)
                            : ServiceConditions.Ipv6Targets.ofClusterOnly(context);
                    Ipv6LoadBalancing.check(ingress, ingress.meta().metadataLocation(), ipv6,
                            alb.targetType(backend), addressType, List.of("dualstack", "dualstack-without-public-ipv4"),
                            "ALB", perIngress);
                }
                // Several backends lead to the same finding on the same line: report each once.
                perIngress.violations().stream().distinct().forEach(events::add);
                events.addUnverified(perIngress.unverified().stream().distinct().toList());
            }
        };
    }

    /**
     * "route instance targets to NodePort or LoadBalancer Services" (NET030 a): in instance mode the ALB sends
     * traffic to node ports, so a ClusterIP backend makes the controller fail: "When using Instance targets, your
     * service be must of type 'NodePort' or 'LoadBalancer'".
     */
    public static Condition<Ingress> routeInstanceTargetsToNodePorts() {
        return new Condition<>("route instance targets only to NodePort or LoadBalancer Services") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                AlbIngressAnalysis alb = AlbIngressAnalysis.of(ingress, context);
                java.util.Set<String> reported = new java.util.HashSet<>();
                for (dev.netlint.core.model.k8s.IngressBackend backend : ingress.backends()) {
                    Service service = context.workspace().service(ingress.namespace(), backend.serviceName()).orElse(null);
                    if (service == null || !reported.add(service.name())) {
                        continue;
                    }
                    Setting<Spelled<TargetType>> targetType = alb.targetType(service);
                    String type = service.effectiveType().orNull();
                    if (!targetType.isKnown()) {
                        events.unverifiable(ingress, targetType.unknownAtOr(backend::location), targetType.origin());
                    } else if (!service.effectiveType().isKnown()) {
                        events.unknown(ingress, service.type(), "the type of " + service.describe());
                    } else if (targetType.means(TargetType.INSTANCE) && (type.equals("ClusterIP") || type.equals("ExternalName"))) {
                        events.violation(ingress, backend::location, ingress.describe() + " sends instance-target traffic to "
                                        + service.describe() + " of type " + type + " (target type instance from "
                                        + targetType.origin() + "); instance targets need a NodePort or LoadBalancer Service",
                                targetTypeSetHere(targetType, new RelatedLocation(service.type().location(),
                                        service.describe() + " is " + type
                                        + (service.type().isAbsent() ? " (the default)" : "") + " here")));
                    }
                }
            }
        };
    }

    /** The related locations of a target-type finding: {@code first}, then where the target type was set, if written. */
    private static RelatedLocation[] targetTypeSetHere(Setting<Spelled<TargetType>> targetType, RelatedLocation first) {
        return targetType.writtenAt().isEmpty() ? new RelatedLocation[] {first}
                : new RelatedLocation[] {first, new RelatedLocation(targetType.writtenAt().get(),
                        "target type " + targetType.get() + " set here (" + targetType.origin() + ")")};
    }
}
