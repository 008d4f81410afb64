package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;
import static dev.netlint.core.lang.syntax.RuleDefinitions.workloads;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.PodTemplate;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.List;

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

    /** "not run Windows in an IPv6 cluster" (NET013, node groups). */
    private static Condition<NodeGroup> runNoWindowsInIpv6Clusters() {
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

    /** "not be pinned to Windows in an IPv6 cluster" (NET013, workloads). */
    private static Condition<PodTemplate> notRunWindowsInIpv6Clusters() {
        return new Condition<>("not be pinned to Windows in an IPv6 cluster") {
            @Override
            public void check(PodTemplate pods, EvalContext context, ConditionEvents events) {
                Setting<Spelled<IpFamily>> family = ClusterIpFamily.of(context);
                if (pods.isWindows() && family.means(IpFamily.IPV6)) {
                    List<RelatedLocation> related = family.writtenAt().isEmpty() ? List.of()
                            : List.of(new RelatedLocation(family.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
                    events.add(new Violation(pods, pods.os().location(), pods.describe()
                            + " is pinned to Windows in an IPv6 cluster (" + family.origin()
                            + "); IPv6 is not supported for Windows pods", related, null));
                }
            }
        };
    }
}
