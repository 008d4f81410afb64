package dev.netlint.rules.aws;

import static dev.netlint.rules.aws.NodeCniConditions.runNoWindowsInIpv6Clusters;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.PodSecurityGroupConditions.notRunWindowsInIpv6Clusters;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;
import static dev.netlint.core.lang.syntax.RuleDefinitions.workloads;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET013 ipv6-windows-nodes-unsupported. Its bad and good examples: {@code dev/netlint/rules/examples/NET013/}. */
public final class Ipv6WindowsNodesUnsupported {

    private Ipv6WindowsNodesUnsupported() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET013", "ipv6-windows-nodes-unsupported");
        rule.severity(ERROR);
        rule.summary("Windows nodes and Windows pods cannot run in an IPv6 cluster");
        rule.notes("EKS-NETWORKING.md:94 \"IPv6 addresses are not supported for Windows pods\"");
        rule.rationale("EKS supports IPv6 only for Linux pods. A node group whose ami_type starts with WINDOWS_ in "
                + "an ipv6 cluster, or a workload pinned to kubernetes.io/os: windows (nodeSelector or required node "
                + "affinity) while the cluster family is ipv6 (from Terraform or --cluster-ip-family), cannot get "
                + "working pods.");
        rule.fix("Run Windows workloads in an IPv4 cluster.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET013"));
        rule.check(nodeGroups().should().be(runNoWindowsInIpv6Clusters())
                .because("IPv6 is not supported for Windows pods"));
        rule.check(workloads().should(notRunWindowsInIpv6Clusters())
                .because("IPv6 is not supported for Windows pods"));
        return rule.build();
    }
}
