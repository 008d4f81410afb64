package dev.netlint.rules.aws;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.SubnetRouting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.source.HasLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The VPC CNI's external SNAT switch against the node subnets' routing (RULES.md NET022). */
final class ExternalSnatConditions {

    private static final CniVariable EXTERNAL_SNAT = CniVariable.AWS_VPC_K8S_CNI_EXTERNALSNAT;

    private ExternalSnatConditions() {}

    /**
     * "use external SNAT only behind a NAT" (NET022): with external SNAT pods' traffic leaves with their private
     * addresses, so a public node subnet (0.0.0.0/0 to an internet gateway) loses internet egress (error) and a private
     * one needs a NAT gateway, NAT instance or transit gateway route (warning); on IPv6 the switch does nothing (info).
     */
    static Condition<CniSource> useExternalSnatOnlyBehindNat() {
        return new Condition<>("use external SNAT only for nodes behind a NAT") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Value<String> written = source.variable(EXTERNAL_SNAT);
                HasLocation at = source.placeOf(EXTERNAL_SNAT);
                Tri externalSnat = source.flag(EXTERNAL_SNAT);
                boolean ipv6 = source.ipv6Cluster().isTrue() || ClusterIpFamily.of(context).means(IpFamily.IPV6);
                if (ipv6 && written.isKnown()) {
                    events.add(new Violation(source, written.location(), source.describe() + " sets " + EXTERNAL_SNAT
                            + " in an IPv6 cluster, where the VPC CNI does no source NAT; it has no effect", List.of(), Severity.INFO));
                    return;
                }
                if (externalSnat.isUnknown()) {
                    events.unverifiable(source, at, source.whyUnknown(EXTERNAL_SNAT));
                }
                if (!externalSnat.isTrue()) {
                    return;
                }
                for (Map.Entry<Subnet, NodeGroup> entry : nodeSubnets(context, events).entrySet()) {
                    Subnet subnet = entry.getKey();
                    SubnetRouting.Verdict publicVerdict = SubnetRouting.publicVerdict(subnet, context);
                    List<RelatedLocation> related = new ArrayList<>();
                    related.add(new RelatedLocation(subnet.location(), subnet.address() + " holds nodes of "
                            + entry.getValue().address()));
                    publicVerdict.routeLocation().ifPresent(related::add);
                    if (publicVerdict.value().isTrue()) {
                        events.add(new Violation(source, at.location(), source.describe() + " turns external SNAT on, but "
                                + subnet.address() + " is a public subnet: pod traffic reaches the internet gateway with"
                                + " private pod addresses, so pods lose internet egress", related, null));
                    } else if (publicVerdict.value().isFalse()) {
                        SubnetRouting.Verdict nat = SubnetRouting.natVerdict(subnet, context);
                        if (nat.value().isFalse()) {
                            events.add(new Violation(source, at.location(), source.describe() + " turns external SNAT on, but "
                                    + subnet.address() + " has no 0.0.0.0/0 route to a NAT gateway, NAT instance or transit"
                                    + " gateway, so pod traffic to the internet has no way out", related, Severity.WARNING));
                        } else if (nat.value().isUnknown()) {
                            events.unverifiable(source, subnet, "whether " + subnet.address()
                                    + " routes 0.0.0.0/0 through a NAT is not known: " + nat.whyUnknown(subnet));
                        }
                    } else {
                        events.unverifiable(source, subnet, "whether " + subnet.address() + " is public is not known: "
                                + publicVerdict.whyUnknown(subnet));
                    }
                }
            }
        };
    }

    /** The subnets of every node group, each with the first node group that uses it. */
    private static Map<Subnet, NodeGroup> nodeSubnets(EvalContext context, ConditionEvents events) {
        Map<Subnet, NodeGroup> subnets = new LinkedHashMap<>();
        for (NodeGroup nodes : context.workspace().nodeGroups()) {
            if (!(nodes.subnetIds() instanceof Value.Known<List<Value<ResourceRef>>> known)) {
                continue;
            }
            for (Value<ResourceRef> ref : known.value()) {
                ResourceRef resolved = ref.orNull();
                Subnet subnet = resolved == null || !resolved.isResource() ? null
                        : context.workspace().resource(resolved.address(), Subnet.class).orElse(null);
                if (subnet == null) {
                    if (ref.isUnknown()) {
                        events.unknown(nodes, ref, "a subnet of " + nodes.address());
                    } else {
                        events.unverifiable(nodes, ref, "subnet " + resolved + " of " + nodes.address()
                                + " is not in the input, so its routes are not known");
                    }
                } else {
                    subnets.putIfAbsent(subnet, nodes);
                }
            }
        }
        return subnets;
    }
}
