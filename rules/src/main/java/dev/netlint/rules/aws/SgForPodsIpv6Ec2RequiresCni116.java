package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.SecurityGroupPolicy;
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
import dev.netlint.core.model.Value;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * "be at least v1.16.0 for IPv6 security groups for pods" (NET020): EC2 nodes of an IPv6 cluster get security
     * groups for pods only from VPC CNI v1.16.0 on.
     */
    private static Condition<CniSource> supportIpv6PodSecurityGroups() {
        return new Condition<>("be at least v1.16.0 when security groups for pods run on IPv6 EC2 nodes") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Setting<Spelled<IpFamily>> family = ClusterIpFamily.of(context);
                boolean ipv6 = source.ipv6Cluster().isTrue() || family.means(IpFamily.IPV6);
                boolean podSecurityGroups = !SecurityGroupPolicy.all(context).isEmpty() || source.flag(CniVariable.ENABLE_POD_ENI).isTrue();
                boolean ec2Nodes = !context.workspace().nodeGroups().isEmpty(); // Fargate profiles are not node groups
                if (!ipv6 || !podSecurityGroups || !ec2Nodes) {
                    return;
                }
                int[] version = source.parsedVersion().orElse(null);
                if (version == null) {
                    events.unverifiable(source, source.version().isAbsent() ? source : source.version(),
                            source.version().isKnown() ? "the VPC CNI version " + source.version().orNull()
                                    + " is not a version netlint can read"
                                    : source.version() instanceof Value.Unknown<String> unknown
                                    ? "the VPC CNI version is not known: " + unknown.reason()
                                    : "the VPC CNI version is not set (the add-on's default version depends on the cluster version)");
                    return;
                }
                boolean tooOld = version[0] < 1 || (version[0] == 1 && version[1] < 16);
                if (tooOld) {
                    List<RelatedLocation> related = new ArrayList<>();
                    if (family.writtenAt().isPresent()) {
                        related.add(new RelatedLocation(family.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
                    }
                    events.add(new Violation(source, source.version().location(), source.describe() + " is VPC CNI "
                            + source.version().orNull() + "; security groups for pods on IPv6 EC2 nodes need v1.16.0 or later",
                            related, null));
                }
            }
        };
    }
}
