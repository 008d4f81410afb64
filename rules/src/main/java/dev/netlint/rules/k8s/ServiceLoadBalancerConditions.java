package dev.netlint.rules.k8s;

import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.analysis.ServiceLoadBalancerDefault;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import java.util.List;
import java.util.Set;

/** What LoadBalancer Services should be, given which controller provisions them (RULES.md §1.8). */
final class ServiceLoadBalancerConditions {

    private static final Set<String> MODERN_TYPE_ANNOTATIONS = Set.of("nlb", "external", "nlb-ip");
    static final String PROXY_PROTOCOL = "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol";

    private ServiceLoadBalancerConditions() {}

    /**
     * "name an NLB target type with aws-load-balancer-type external" (NET024): the LBC claims {@code external} only
     * with an ip or instance target type and the in-tree controller ignores it, so nothing provisions the NLB.
     */
    static Condition<Service> nameATargetTypeWithTheExternalType() {
        return new Condition<>("name an NLB target type when aws-load-balancer-type is external") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!service.loadBalancerClass().isAbsent()) {
                    return;
                }
                Value<String> type = service.meta().annotation(LbcServiceAnalysis.TYPE);
                if (!"external".equals(type.orNull())) {
                    return;
                }
                Value<String> targetType = service.meta().annotation(LbcServiceAnalysis.NLB_TARGET_TYPE);
                if (targetType.isUnknown()) {
                    events.unknown(service, targetType, "annotation " + LbcServiceAnalysis.NLB_TARGET_TYPE);
                } else if (targetType.isAbsent()) {
                    events.violation(service, type, service.describe() + " sets aws-load-balancer-type: external without "
                            + LbcServiceAnalysis.NLB_TARGET_TYPE + ", so no controller creates its load balancer");
                } else if (!List.of("ip", "instance").contains(targetType.orNull())) {
                    events.violation(service, targetType, service.describe() + " sets NLB target type '"
                            + targetType.orNull() + "'; only ip and instance are accepted, so no controller creates its load balancer");
                }
            }
        };
    }

    /**
     * "preserve client IPs" (NET025 a): with instance targets and {@code externalTrafficPolicy: Local} unset (Cluster
     * is the default) kube-proxy may forward to another node and replaces the client's source address; the advice is
     * Local or ip targets. A Classic Load Balancer (the in-tree controller without an {@code nlb} type annotation) is
     * a proxy: it replaces the client address whatever the policy, so there the advice is proxy protocol
     * ({@code aws-load-balancer-proxy-protocol: "*"}) or an NLB, and Local alone does not pass.
     */
    static Condition<Service> preserveClientIpsWithInstanceTargets() {
        return new Condition<>("preserve client source IPs") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!"LoadBalancer".equals(service.type().orNull())) {
                    return;
                }
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
                Tri claimed = lbc.isClaimedByModernController();
                boolean inTree = service.loadBalancerClass().isAbsent() && claimed.isFalse();
                boolean lbcInstance = claimed.isTrue() && lbc.targetType(context).means(TargetType.INSTANCE)
                        && !lbc.effectiveClass().filter(LbcServiceAnalysis.AUTO_MODE_CLASS::equals).isPresent();
                if (!inTree && !lbcInstance) {
                    return;
                }
                Value<String> policy = service.externalTrafficPolicy();
                Value<String> type = service.meta().annotation(LbcServiceAnalysis.TYPE);
                if (inTree && type.isKnown() && MODERN_TYPE_ANNOTATIONS.contains(type.orNull())
                        && !"nlb".equals(type.orNull())) {
                    return; // external or nlb-ip the controller does not claim: no load balancer is made (NET024)
                }
                if (inTree && !"nlb".equals(type.orNull())) {
                    Value<String> proxy = service.meta().annotation(PROXY_PROTOCOL);
                    if (proxy.isUnknown()) {
                        events.unknown(service, proxy, "annotation " + PROXY_PROTOCOL);
                    } else if (!"*".equals(proxy.orNull())) {
                        events.violation(service, policy.isKnown() ? policy : service.type(), service.describe()
                                + " loses client source IPs: its Classic Load Balancer (in-tree controller) is a proxy "
                                + "and replaces the client address whatever externalTrafficPolicy says; enable proxy "
                                + "protocol (annotation " + PROXY_PROTOCOL + ": \"*\") and read it in the "
                                + "application, or use an NLB with ip targets");
                    }
                    return;
                }
                if (policy.isUnknown()) {
                    events.unknown(service, policy, "externalTrafficPolicy");
                } else if (policy.isAbsent() || "Cluster".equals(policy.orNull())) {
                    Setting<?> targetType = lbc.targetType(context);
                    events.violation(service, policy.isAbsent() ? service.type() : policy, service.describe()
                            + " loses client source IPs: instance targets"
                            + (inTree ? " (in-tree NLB)" : " (" + targetType.origin() + ")")
                            + " with externalTrafficPolicy " + (policy.isAbsent() ? "Cluster (the default)" : "Cluster")
                            + " forward through any node and rewrite the source address; set externalTrafficPolicy: "
                            + "Local, or use ip targets");
                }
            }
        };
    }

    /**
     * "set externalTrafficPolicy only on externally accessible Services" (NET025 b): the API server rejects it on a
     * ClusterIP Service without externalIPs.
     */
    static Condition<Service> setExternalTrafficPolicyOnlyWhenExternallyAccessible() {
        return new Condition<>("set externalTrafficPolicy only when externally accessible") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                Value<String> policy = service.externalTrafficPolicy();
                if (!policy.isKnown() || !service.effectiveType().test("ClusterIP"::equals).isTrue()
                        || !service.externalIPs().isEmpty()) {
                    return;
                }
                events.violation(service, policy, service.describe() + " sets externalTrafficPolicy on a ClusterIP "
                        + "Service without externalIPs; the API server rejects it: \"may only be set for externally-accessible services\"");
            }
        };
    }

    /**
     * "allocate node ports for instance targets" (NET030 b): an LBC NLB with instance targets and
     * {@code allocateLoadBalancerNodePorts: false} needs an explicit nodePort on every port.
     */
    static Condition<Service> haveNodePortsForInstanceTargets() {
        return new Condition<>("have node ports for instance targets") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service);
                if (!lbc.isClaimedByModernController().isTrue() || !lbc.targetType(context).means(TargetType.INSTANCE)
                        || !Boolean.FALSE.equals(service.allocateLoadBalancerNodePorts().orNull())) {
                    return;
                }
                for (ServicePort port : service.ports()) {
                    if (port.nodePort().isAbsent()) {
                        events.violation(service, port, service.describe() + " has instance targets but "
                                + "allocateLoadBalancerNodePorts: false and no nodePort for port "
                                + (port.port().isKnown() ? port.port().orNull() : "?")
                                + "; the controller fails: unable to support instance target type with an unallocated NodePort",
                                new dev.netlint.core.finding.RelatedLocation(service.allocateLoadBalancerNodePorts().location(),
                                        "allocateLoadBalancerNodePorts: false here"));
                    } else if (port.nodePort().isUnknown()) {
                        events.unknown(service, port.nodePort(), "nodePort");
                    }
                }
            }
        };
    }
}
