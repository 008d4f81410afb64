package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.rules.Examples;
import java.util.List;

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

    /**
     * "be single-stack in the cluster's family" (NET010 a-c): EKS clusters are single-stack, so RequireDualStack or
     * two ipFamilies are rejected (error), PreferDualStack silently stays single-stack (warning), and an ipFamilies[0]
     * other than the cluster's family cannot be allocated (error).
     */
    private static Condition<Service> beSingleStackInTheClusterFamily() {
        return new Condition<>("be single-stack in the cluster's IP family") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                Value<String> policy = service.ipFamilyPolicy();
                if ("RequireDualStack".equals(policy.orNull())) {
                    events.violation(service, policy, service.describe()
                            + " requires dual-stack, which EKS clusters do not support (IPv4 or IPv6, not both)");
                } else if (service.ipFamilies().size() > 1) {
                    events.violation(service, service.ipFamilies().get(1), service.describe()
                            + " asks for two IP families; EKS clusters are single-stack");
                } else if ("PreferDualStack".equals(policy.orNull())) {
                    events.add(new dev.netlint.core.lang.Violation(service, policy.location(), service.describe()
                            + " prefers dual-stack; EKS keeps it single-stack without saying so",
                            List.of(), dev.netlint.core.finding.Severity.WARNING));
                }
                Setting<Spelled<IpFamily>> cluster = ClusterIpFamily.of(context);
                Value<String> first = service.ipFamilies().isEmpty() ? null : service.ipFamilies().get(0);
                if (first != null && first.isKnown() && cluster.isKnown()) {
                    String wanted = cluster.means(IpFamily.IPV6) ? "IPv6" : "IPv4";
                    if (!wanted.equals(first.orNull())) {
                        List<RelatedLocation> related = cluster.writtenAt().isEmpty() ? List.of()
                                : List.of(new RelatedLocation(cluster.writtenAt().get(), "cluster ip_family = \"" + cluster.get() + "\" here"));
                        events.add(new dev.netlint.core.lang.Violation(service, first.location(), service.describe()
                                + " asks for " + first.orNull() + " in an " + cluster.get() + " cluster ("
                                + cluster.origin() + "); it cannot get such an address", related, null));
                    }
                }
            }
        };
    }

    /** "enable exactly one IP family" (NET010 d): ipamd refuses dual stack and needs one family. */
    private static Condition<CniSource> enableExactlyOneIpFamily() {
        return new Condition<>("enable exactly one of ENABLE_IPv4 and ENABLE_IPv6") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Tri ipv4 = source.flag(CniVariable.ENABLE_IPv4);
                Tri ipv6 = source.flag(CniVariable.ENABLE_IPv6);
                if (ipv4.isUnknown() || ipv6.isUnknown()) {
                    CniVariable name = ipv4.isUnknown() ? CniVariable.ENABLE_IPv4 : CniVariable.ENABLE_IPv6;
                    events.unverifiable(source, source.placeOf(name), source.whyUnknown(name));
                } else if (ipv4 == ipv6) {
                    String both = ipv4.isTrue() ? "both true" : "both false";
                    events.violation(source, source.placeOf(ipv4.isTrue() ? CniVariable.ENABLE_IPv6 : CniVariable.ENABLE_IPv4),
                            source.describe() + " has ENABLE_IPv4 and ENABLE_IPv6 " + both
                                    + (ipv4.isTrue() ? "; the VPC CNI does not support dual stack mode"
                                    : "; the VPC CNI needs one IP family (a raw aws-node DaemonSet defaults ENABLE_IPv4 to false)"));
                }
            }
        };
    }
}
