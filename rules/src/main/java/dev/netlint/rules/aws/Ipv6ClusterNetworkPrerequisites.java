package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.analysis.ClusterNodes;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import dev.netlint.rules.Examples;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** NET011 ipv6-cluster-network-prerequisites. Its bad and good examples: {@code dev/netlint/rules/examples/NET011/}. */
public final class Ipv6ClusterNetworkPrerequisites {

    private Ipv6ClusterNetworkPrerequisites() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET011", "ipv6-cluster-network-prerequisites");
        rule.severity(ERROR);
        rule.summary("An ipv6 EKS cluster needs a dual-stack VPC and subnets, and node subnets that auto-assign IPv6");
        rule.notes("EKS-NETWORKING.md:93 \"We must assign IPv4 address to VPC and subnets as VPC does require IPv4 "
                + "address to function\"");
        rule.rationale("An EKS cluster with ip_family = \"ipv6\" gives pods and Services IPv6 addresses from the VPC "
                + "and subnet IPv6 blocks, so the VPC needs an IPv6 CIDR (Amazon-provided, BYOIP, IPAM or an "
                + "association) and every cluster and node subnet needs an IPv6 /64 as well as IPv4, because a VPC "
                + "cannot work without IPv4 and EKS does not support IPv6-only subnets. The EKS user guide (cni-ipv6) "
                + "also requires node subnets to auto-assign IPv6 addresses; assign_ipv6_address_on_creation defaults "
                + "to false.");
        rule.fix("Use a dual-stack VPC and subnets (IPv4 and an IPv6 /64), with assign_ipv6_address_on_creation = "
                + "true on the node subnets.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET011"));
        rule.check(clusters().should(haveTheIpv6NetworkPrerequisites())
                .because("pods and nodes of an ipv6 cluster take their addresses from the VPC and subnet IPv6 blocks"));
        return rule.build();
    }

    /** NET011: an ipv6 cluster needs a dual-stack VPC and subnets, and node subnets that assign IPv6. */
    private static Condition<EksCluster> haveTheIpv6NetworkPrerequisites() {
        return new Condition<>("have a dual-stack VPC and subnets when the IP family is ipv6") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Setting<Spelled<IpFamily>> family = ClusterIpFamily.familyOf(cluster);
                if (!family.isKnown()) {
                    events.unverifiable(cluster, family.unknownAtOr(cluster), family.origin());
                    return;
                }
                if (!family.means(IpFamily.IPV6)) {
                    return;
                }
                RelatedLocation ipv6 = new RelatedLocation(cluster.ipFamily().location(),
                        cluster.address() + " has ip_family = \"ipv6\"");
                Set<String> reported = new HashSet<>();
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                Map<String, Subnet> clusterSubnets = new LinkedHashMap<>();
                network.resolved().forEach(s -> clusterSubnets.putIfAbsent(s.address(), s));
                Map<String, Subnet> nodeSubnets = new LinkedHashMap<>();
                for (NodeGroup nodes : ClusterNodes.of(cluster, context)) {
                    ClusterNetwork.of(cluster, nodes.subnetIds(), context).resolved()
                            .forEach(s -> nodeSubnets.putIfAbsent(s.address(), s));
                }
                Map<String, Vpc> vpcs = new LinkedHashMap<>();
                network.vpcs(context).forEach(v -> vpcs.putIfAbsent(v.address(), v));
                for (Subnet subnet : nodeSubnets.values()) {
                    ClusterNetwork.vpcOf(subnet, context).ifPresent(v -> vpcs.putIfAbsent(v.address(), v));
                }
                for (Vpc vpc : vpcs.values()) {
                    checkVpcIpv6(vpc, ipv6, events);
                }
                Map<String, Subnet> all = new LinkedHashMap<>(clusterSubnets);
                all.putAll(nodeSubnets);
                for (Subnet subnet : all.values()) {
                    checkSubnetStacks(subnet, ipv6, reported, events);
                }
                for (Subnet subnet : nodeSubnets.values()) {
                    Value<Boolean> assign = subnet.assignIpv6AddressOnCreation();
                    if (assign.isUnknown()) {
                        events.unknown(subnet, assign, "assign_ipv6_address_on_creation of " + subnet.address());
                    } else if (assign.orElse(false).test(Boolean::booleanValue).isFalse()) {
                        events.violation(subnet, assign, (assign.isAbsent()
                                ? subnet.address() + " does not set assign_ipv6_address_on_creation (default false)"
                                : subnet.address() + " has assign_ipv6_address_on_creation = false")
                                + ": EKS cannot deploy nodes of an ipv6 cluster to a subnet that does not "
                                + "auto-assign IPv6 addresses", ipv6);
                    }
                }
            }
        };
    }

    private static void checkVpcIpv6(Vpc vpc, RelatedLocation ipv6, ConditionEvents events) {
        Value<Boolean> generated = vpc.assignGeneratedIpv6CidrBlock();
        if (Boolean.TRUE.equals(generated.orNull()) || vpc.ipv6CidrBlock().isKnown()
                || vpc.ipv6IpamPoolId().isKnown() || vpc.ipv6Associations().stream().anyMatch(Value::isKnown)) {
            return;
        }
        if (generated.isUnknown()) {
            events.unknown(vpc, generated, "assign_generated_ipv6_cidr_block of " + vpc.address());
            return;
        }
        if (vpc.ipv6CidrBlock().isUnknown()) {
            events.unknown(vpc, vpc.ipv6CidrBlock(), "ipv6_cidr_block of " + vpc.address());
            return;
        }
        if (vpc.ipv6IpamPoolId().isUnknown()) {
            events.unknown(vpc, vpc.ipv6IpamPoolId(), "ipv6_ipam_pool_id of " + vpc.address());
            return;
        }
        if (!vpc.ipv6Associations().isEmpty()) {
            events.unknown(vpc, vpc.ipv6Associations().get(0), "the IPv6 block associated with " + vpc.address());
            return;
        }
        Location at = generated.isKnown() ? generated.location() : vpc.location();
        events.violation(vpc, () -> at, vpc.address() + " has no IPv6 CIDR block (no "
                + "assign_generated_ipv6_cidr_block = true, ipv6_cidr_block, ipv6_ipam_pool_id or "
                + "aws_vpc_ipv6_cidr_block_association): an ipv6 EKS cluster needs a dual-stack VPC", ipv6);
    }

    private static void checkSubnetStacks(Subnet subnet, RelatedLocation ipv6, Set<String> reported,
                                          ConditionEvents events) {
        if (subnet.ipv6CidrBlock().isAbsent() && subnet.ipv6IpamPoolId().isAbsent()) {
            report(events, reported, subnet, subnet, subnet.address() + " has no IPv6 CIDR block (no ipv6_cidr_block"
                    + " or ipv6_ipam_pool_id): an ipv6 EKS cluster needs dual-stack subnets", ipv6);
        }
        Value<Boolean> nativeV6 = subnet.ipv6Native();
        if (Boolean.TRUE.equals(nativeV6.orNull())) {
            report(events, reported, subnet, nativeV6, subnet.address() + " has ipv6_native = true: EKS needs "
                    + "subnets with IPv4 addresses too, because the VPC needs IPv4 to function", ipv6);
        } else if (subnet.cidrBlock().isAbsent() && subnet.ipv4NetmaskLength().isAbsent()) {
            report(events, reported, subnet, subnet, subnet.address() + " has no IPv4 CIDR block: EKS needs "
                    + "dual-stack subnets, because the VPC needs IPv4 to function", ipv6);
        }
        if (nativeV6.isUnknown()) {
            events.unknown(subnet, nativeV6, "ipv6_native of " + subnet.address());
        }
    }

    private static void report(ConditionEvents events, Set<String> reported, ModelElement subject, HasLocation at,
                               String message, RelatedLocation... related) {
        if (reported.add(at.location() + message)) {
            events.violation(subject, at, message, related);
        }
    }
}
