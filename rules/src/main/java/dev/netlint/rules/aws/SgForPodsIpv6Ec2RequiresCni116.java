package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.CniConditions.supportIpv6PodSecurityGroups;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET020 sg-for-pods-ipv6-ec2-requires-cni-1-16. Its bad and good examples: {@code dev/netlint/rules/examples/NET020/}. */
public final class SgForPodsIpv6Ec2RequiresCni116 {

    private SgForPodsIpv6Ec2RequiresCni116() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET020", "sg-for-pods-ipv6-ec2-requires-cni-1-16");
        rule.severity(ERROR);
        rule.summary("Security groups for pods on IPv6 EC2 nodes need VPC CNI v1.16.0 or later");
        rule.notes("EKS-NETWORKING.md:133 \"If the cluster is using IPv6 address family then this feature only works "
                + "with Fargate nodes\" (outdated: VPC CNI v1.16.0 added \"IPv6 Security Groups for Pods Support\" for "
                + "EC2 nodes)");
        rule.rationale("The notes' claim is outdated; the real source wins: the VPC CNI CHANGELOG for v1.16.0 adds "
                + "IPv6 security groups for pods, and the EKS documentation supports EC2 nodes from that version on. "
                + "In an ipv6 cluster with security groups for pods (a SecurityGroupPolicy, or ENABLE_POD_ENI) and EC2 "
                + "node groups, a VPC CNI older than v1.16.0 (add-on addon_version or the aws-node image tag; "
                + "-eksbuild.N ignored) cannot give those pods their security groups. An add-on without addon_version "
                + "gets EKS's default version, which is unknown.");
        rule.fix("Upgrade the vpc-cni add-on to v1.16.0 or later, or run the pods that need security groups on "
                + "Fargate.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html");
        rule.example(Examples.of("NET020"));
        rule.check(cniConfigurations().should(supportIpv6PodSecurityGroups())
                .because("IPv6 security groups for pods came with VPC CNI v1.16.0"));
        return rule.build();
    }
}
