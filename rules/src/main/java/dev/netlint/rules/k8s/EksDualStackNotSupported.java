package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.k8s.DualStackConditions.beSingleStackInTheClusterFamily;
import static dev.netlint.rules.k8s.DualStackConditions.enableExactlyOneIpFamily;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET010 eks-dual-stack-not-supported. Its bad and good examples: {@code dev/netlint/rules/examples/NET010/}. */
public final class EksDualStackNotSupported {

    private EksDualStackNotSupported() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET010", "eks-dual-stack-not-supported");
        rule.severity(ERROR);
        rule.summary("EKS clusters are single-stack: Services and the VPC CNI must use one IP family, the cluster's");
        rule.notes("EKS-NETWORKING.md:48 \"EKS allows assigning IPv4 and IPv6 IP addresses to pods, but not in a "
                + "dualstack mode\"; EKS-NETWORKING.md:91 \"EKS does not support dual-stack\"");
        rule.rationale("An EKS cluster is created either ipv4 or ipv6 and cannot be dual-stack. The API server "
                + "rejects ipFamilyPolicy RequireDualStack or two ipFamilies on a single-stack cluster; "
                + "PreferDualStack is accepted but silently stays single-stack; a Service whose ipFamilies[0] is not "
                + "the cluster's family cannot get an address. The cluster family comes from the Terraform "
                + "aws_eks_cluster in the input, or --cluster-ip-family. The VPC CNI must enable exactly one of "
                + "ENABLE_IPv4 and ENABLE_IPv6 (ipamd: \"IPv4 and IPv6 are both enabled. VPC CNI currently does not "
                + "support dual stack mode\"); the EKS add-on defaults them from the cluster family, a raw aws-node "
                + "DaemonSet leaves ENABLE_IPv4 at false when it is not set.");
        rule.fix("Keep Services single-stack in the cluster's IP family (drop ipFamilyPolicy and ipFamilies, or set "
                + "them to the cluster's family); for IPv6 set ENABLE_IPv6=true and ENABLE_IPv4=false.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET010"));
        rule.check(services().should().be(beSingleStackInTheClusterFamily())
                .because("EKS supports IPv4 or IPv6 per cluster, not both"));
        rule.check(cniConfigurations().should(enableExactlyOneIpFamily())
                .because("ipamd does not support dual stack mode"));
        return rule.build();
    }
}
