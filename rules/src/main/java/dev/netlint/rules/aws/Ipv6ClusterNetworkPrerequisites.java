package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.Ipv6NetworkConditions.haveTheIpv6NetworkPrerequisites;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
