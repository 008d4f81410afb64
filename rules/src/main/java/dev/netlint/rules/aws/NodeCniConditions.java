package dev.netlint.rules.aws;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.ArrayList;
import java.util.List;

/** What node groups should run on, given the cluster's IP family and the VPC CNI's settings. */
final class NodeCniConditions {

    private NodeCniConditions() {}

    /** Why IPv6 is in play for these nodes: the cluster's ip_family or ENABLE_IPv6. */
    private static Tri ipv6(NodeGroup nodes, EvalContext context, List<RelatedLocation> because) {
        Setting<Spelled<IpFamily>> family = NodeContext.ipFamily(nodes, context);
        if (family.means(IpFamily.IPV6)) {
            if (family.writtenAt().isPresent()) {
                because.add(new RelatedLocation(family.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
            }
            return Tri.TRUE;
        }
        return NodeContext.anyCniFlag(nodes, context, CniVariable.ENABLE_IPv6, because);
    }

    /** "run on Nitro instance types when pods are IPv6" (NET012). */
    static Condition<NodeGroup> runOnNitroForIpv6() {
        return new Condition<>("run on Nitro instance types when pods get IPv6 addresses") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                Tri ipv6 = ipv6(nodes, context, because);
                if (!ipv6.isTrue()) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (!type.limits().prefixDelegationCapable()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + ", not a Nitro or bare-metal instance type; IPv6 pods need prefix delegation, which ipamd"
                                + " refuses on " + type.limits().hypervisor() + " instances", because.toArray(RelatedLocation[]::new));
                    }
                }
            }
        };
    }

    /** "not run Windows in an IPv6 cluster" (NET013, node groups). */
    static Condition<NodeGroup> runNoWindowsInIpv6Clusters() {
        return new Condition<>("not run Windows nodes in an IPv6 cluster") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                Setting<Spelled<IpFamily>> family = NodeContext.ipFamily(nodes, context);
                if (family.means(IpFamily.IPV6) && NodeContext.isWindows(nodes)) {
                    List<RelatedLocation> related = family.writtenAt().isEmpty() ? List.of()
                            : List.of(new RelatedLocation(family.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
                    events.add(new Violation(nodes, nodes.amiType().location(), nodes.address() + " runs Windows ("
                            + nodes.amiType().orNull() + ") in an IPv6 cluster; IPv6 is not supported for Windows pods",
                            related, null));
                }
            }
        };
    }

    /** "run on prefix-delegation-capable types when prefix delegation is on" (NET015 a). */
    static Condition<NodeGroup> runOnPrefixDelegationCapableTypes() {
        return new Condition<>("run on Nitro instance types when prefix delegation is on") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                Tri prefixDelegation = NodeContext.anyCniFlag(nodes, context, CniVariable.ENABLE_PREFIX_DELEGATION, because);
                if (!prefixDelegation.isTrue()) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (!type.limits().prefixDelegationCapable()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + " with prefix delegation on; it is not a Nitro instance, so ipamd falls back to secondary IP mode",
                                because.toArray(RelatedLocation[]::new));
                    }
                }
            }
        };
    }

    /** "run on trunk-capable types when security groups for pods are used" (NET018 b). */
    static Condition<NodeGroup> supportTrunkInterfaces() {
        return new Condition<>("run on trunk-capable instance types when security groups for pods are used") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                if (!CniConditions.anyPodSecurityGroups(context, because)) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (type.limits().trunkingCompatible().isFalse()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + ", which cannot have a trunk network interface; pods that need their own security groups"
                                + " cannot be scheduled there (no vpc.amazonaws.com/pod-eni)", because.toArray(RelatedLocation[]::new));
                    } else if (type.limits().trunkingCompatible().isUnknown()) {
                        events.unverifiable(nodes, type.written(), "netlint's instance table does not say whether "
                                + type.limits().instanceType() + " supports trunk network interfaces");
                    }
                }
            }
        };
    }
}
