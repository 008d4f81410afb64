package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.SubnetRouting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.source.HasLocation;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** NET022 external-snat-with-public-node-subnets. Its bad and good examples: {@code dev/netlint/rules/examples/NET022/}. */
public final class ExternalSnatWithPublicNodeSubnets {

    private ExternalSnatWithPublicNodeSubnets() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET022", "external-snat-with-public-node-subnets");
        rule.severity(ERROR);
        rule.summary("External SNAT works only for nodes in private subnets behind a NAT");
        rule.notes("EKS-NETWORKING.md:97-100 \"the VPC CNI plugin translates the pod's IPv4 address to the primary "
                + "ENI's primary IPv4 address ... (default setting)\", \"If the pod is in a public VPC and enable "
                + "source NAT (`EXTERNALSNAT=false`) ... node's public IPv4 address will be used\", \"For private "
                + "subnet we can still disable the source NAT (`EXTERNALSNAT=true`) ... the IP address of the VPC NAT "
                + "will be visible\"; \"For IPv6 address family, this translation is not applicable\"");
        rule.rationale("With AWS_VPC_K8S_CNI_EXTERNALSNAT=true the VPC CNI stops translating pod addresses for "
                + "traffic leaving the VPC. In a public node subnet (its route table sends 0.0.0.0/0 to an internet "
                + "gateway; when routes cannot be resolved, map_public_ip_on_launch = true) that traffic reaches the "
                + "internet gateway with private pod addresses and is dropped: pods lose internet egress (error). In a "
                + "private subnet it needs a 0.0.0.0/0 route to a NAT gateway, NAT instance or transit gateway "
                + "(warning). In an IPv6 cluster the switch has no effect (info).");
        rule.fix("Keep AWS_VPC_K8S_CNI_EXTERNALSNAT=false for nodes in public subnets, or move the nodes to private "
                + "subnets behind a NAT gateway.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/external-snat.html");
        rule.example(Examples.of("NET022"));
        rule.check(cniConfigurations().should(useExternalSnatOnlyBehindNat())
                .because("pods behind external SNAT need a NAT on the way out"));
        return rule.build();
    }

    private static final CniVariable EXTERNAL_SNAT = CniVariable.AWS_VPC_K8S_CNI_EXTERNALSNAT;

    /**
     * "use external SNAT only behind a NAT" (NET022): with external SNAT pods' traffic leaves with their private
     * addresses, so a public node subnet (0.0.0.0/0 to an internet gateway) loses internet egress (error) and a private
     * one needs a NAT gateway, NAT instance or transit gateway route (warning); on IPv6 the switch does nothing (info).
     */
    private static Condition<CniSource> useExternalSnatOnlyBehindNat() {
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
