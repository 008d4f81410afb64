package dev.netlint.core.lang.conditions;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.InstanceTargetBackends;
import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.analysis.ServiceLoadBalancerDefault;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What Services should be. */
public final class ServiceConditions {

    private static final Set<String> MODERN_TYPE_ANNOTATIONS = Set.of("nlb", "external", "nlb-ip");

    private ServiceConditions() {}

    /** "not be exposed through node ports": reported at {@code spec.type}, naming the ports it opens. */
    public static Condition<Service> notBeExposedThroughNodePorts() {
        return new Condition<>("not be exposed through node ports") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!"NodePort".equals(service.type().orNull())) {
                    return;
                }
                List<String> ports = service.ports().stream()
                        .map(p -> p.nodePort().isKnown() ? String.valueOf(p.nodePort().orNull()) : null)
                        .filter(java.util.Objects::nonNull).toList();
                String which = ports.isEmpty() ? "a port from 30000-32767" : "port " + String.join(", ", ports);
                List<RelatedLocation> related = InstanceTargetBackends.of(service, context);
                String message = service.describe() + " is exposed on every node's IP at " + which
                        + (related.isEmpty() ? "" : " (needed by instance-mode load balancing)");
                events.violation(service, service.type(), message, related.toArray(RelatedLocation[]::new));
            }
        };
    }

    /** "have node ports within 30000-32767", checked on NodePort and LoadBalancer Services. */
    public static Condition<Service> haveNodePortsWithin(int from, int to) {
        return new Condition<>("have node ports within " + from + "-" + to) {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                for (ServicePort port : service.ports()) {
                    Value<Integer> nodePort = port.nodePort();
                    if (nodePort.isUnknown()) {
                        events.unknown(service, nodePort, "nodePort");
                    } else if (nodePort.isKnown() && (nodePort.orNull() < from || nodePort.orNull() > to)) {
                        events.violation(service, nodePort, service.describe() + " asks for nodePort "
                                + nodePort.orNull() + ", outside the range " + from + "-" + to
                                + " that the EKS API server accepts");
                    }
                }
            }
        };
    }

    /** "have a valid type": one of ClusterIP, NodePort, LoadBalancer, ExternalName (case-sensitive). */
    public static Condition<Service> haveAValidType() {
        return new Condition<>("have a valid type") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                String type = service.type().orNull();
                if (type != null && !Service.VALID_TYPES.contains(type)) {
                    String hint = type.equalsIgnoreCase("Ingress")
                            ? "; an Ingress is a separate kind (networking.k8s.io/v1 Ingress), not a Service type"
                            : "";
                    events.violation(service, service.type(), service.describe() + " has type '" + type
                            + "', which is not a Service type (ClusterIP, NodePort, LoadBalancer, ExternalName)" + hint);
                }
            }
        };
    }

    /**
     * "not load balance IPv6 to instance targets" (NLB side of NET004): IPv6 targets need ip targets and a
     * dualstack load balancer; with an unknown cluster family a dualstack NLB with instance targets works only for
     * IPv4 pods.
     */
    public static Condition<Service> notLoadBalanceIpv6ToInstanceTargets() {
        return new Condition<>("not load balance IPv6 traffic to instance targets") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                // With the workspace: a Service EKS Auto Mode takes by default has Auto Mode's default target type.
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
                Setting<Spelled<TargetType>> targetType = lbc.targetType(context);
                Setting<String> addressType = lbc.ipAddressType();
                Ipv6Targets targets = Ipv6Targets.of(service, context);
                Ipv6LoadBalancing.check(service, service.meta().metadataLocation(), targets, targetType, addressType,
                        List.of("dualstack"), "NLB", events);
            }
        };
    }

    /**
     * "use the AWS Load Balancer Controller" (NET023): a LoadBalancer Service without a class and not claimed by the
     * LBC is provisioned by the in-tree controller: a Classic Load Balancer (warning), or with type annotation
     * {@code nlb} an instance-target NLB from a controller that only gets critical fixes (info). When the workspace
     * shows the AWS Load Balancer Controller's Service webhook or EKS Auto Mode, classless Services get their NLB and
     * pass; when it shows neither, the finding says that it assumes the in-tree controller
     * ({@link ServiceLoadBalancerDefault}).
     */
    public static Condition<Service> useTheLoadBalancerController() {
        return new Condition<>("use the AWS Load Balancer Controller") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!service.loadBalancerClass().isAbsent()) {
                    return;
                }
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
                Tri claimed = lbc.isClaimedByModernController();
                if (claimed.isTrue()) {
                    return;
                }
                Value<String> type = service.meta().annotation(LbcServiceAnalysis.TYPE);
                if (type.isUnknown()) {
                    events.unknown(service, type, "annotation " + LbcServiceAnalysis.TYPE);
                    return;
                }
                ServiceLoadBalancerDefault byDefault = lbc.byDefault();
                if (claimed.isUnknown()) {
                    events.unverifiable(service, service.type(), "which controller provisions the load balancer of "
                            + service.describe() + " is not known: " + byDefault.reason());
                    return;
                }
                List<RelatedLocation> related = byDefault.related();
                String assumed = byDefault.assumptionNote();
                if ("nlb".equals(type.orNull())) {
                    events.add(new Violation(service, type.location(), service.describe()
                            + " gets an NLB from the legacy in-tree controller (instance targets only, critical fixes only)"
                            + assumed, related, Severity.INFO));
                } else if (type.isAbsent() || !MODERN_TYPE_ANNOTATIONS.contains(type.orNull())) {
                    events.add(new Violation(service, service.type().location(), service.describe()
                            + " gets a Classic Load Balancer from the legacy in-tree controller; "
                            + "no loadBalancerClass or aws-load-balancer-type annotation selects the AWS Load Balancer "
                            + "Controller" + assumed, related, null));
                }
            }
        };
    }

    /** Whether a Service's pods are IPv6, and what says so. */
    record Ipv6Targets(Tri ipv6, List<RelatedLocation> because, boolean familyUnknown) {

        static Ipv6Targets ofClusterOnly(EvalContext context) {
            return fromCluster(ClusterIpFamily.of(context), new ArrayList<>());
        }

        static Ipv6Targets of(Service service, EvalContext context) {
            List<RelatedLocation> because = new ArrayList<>();
            Setting<Spelled<IpFamily>> cluster = ClusterIpFamily.of(context);
            Value<String> firstFamily = service.ipFamilies().isEmpty() ? null : service.ipFamilies().get(0);
            if (firstFamily != null && "IPv6".equals(firstFamily.orNull())) {
                because.add(new RelatedLocation(firstFamily.location(), "ipFamilies[0] = IPv6 here"));
                return new Ipv6Targets(Tri.TRUE, because, false);
            }
            if (firstFamily != null && "IPv4".equals(firstFamily.orNull()) && !cluster.means(IpFamily.IPV6)) {
                return new Ipv6Targets(Tri.FALSE, because, false);
            }
            return fromCluster(cluster, because);
        }

        private static Ipv6Targets fromCluster(Setting<Spelled<IpFamily>> cluster, List<RelatedLocation> because) {
            if (cluster.means(IpFamily.IPV6)) {
                if (cluster.writtenAt().isPresent()) {
                    because.add(new RelatedLocation(cluster.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
                }
                return new Ipv6Targets(Tri.TRUE, because, false);
            }
            if (cluster.isKnown()) {
                return new Ipv6Targets(Tri.FALSE, because, false);
            }
            return new Ipv6Targets(Tri.UNKNOWN, because, true);
        }
    }
}
