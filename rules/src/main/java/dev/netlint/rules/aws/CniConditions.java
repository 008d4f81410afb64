package dev.netlint.rules.aws;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import java.util.ArrayList;
import java.util.List;

/** What a VPC CNI configuration should be (RULES.md §1.4 and the rules that read it). */
final class CniConditions {

    private CniConditions() {}

    /** "use prefix delegation with IPv6" (NET014): ipamd supports IPv6 only in prefix delegation mode. */
    static Condition<CniSource> usePrefixDelegationWithIpv6() {
        return new Condition<>("use prefix delegation when IPv6 is enabled") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Tri ipv6 = source.flag(CniVariable.ENABLE_IPv6);
                Tri prefixDelegation = source.flag(CniVariable.ENABLE_PREFIX_DELEGATION);
                if (ipv6.isTrue() && prefixDelegation.isFalse()) {
                    events.violation(source, source.placeOf(CniVariable.ENABLE_PREFIX_DELEGATION), source.describe()
                                    + " enables IPv6 without prefix delegation; ipamd: \"IPv6 is supported only in Prefix Delegation mode\"",
                            new RelatedLocation(source.placeOf(CniVariable.ENABLE_IPv6).location(), "IPv6 enabled here"));
                } else if (ipv6.isUnknown() || (ipv6.isTrue() && prefixDelegation.isUnknown())) {
                    CniVariable name = ipv6.isUnknown() ? CniVariable.ENABLE_IPv6 : CniVariable.ENABLE_PREFIX_DELEGATION;
                    events.unverifiable(source, source.placeOf(name), source.whyUnknown(name));
                }
            }
        };
    }

    /** "set only warm targets that apply" (NET015 b, c): warm-pool settings that prefix delegation ignores or overrides. */
    static Condition<CniSource> setOnlyWarmTargetsThatApply() {
        return new Condition<>("set only the warm pool targets that apply") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Tri prefixDelegation = source.flag(CniVariable.ENABLE_PREFIX_DELEGATION);
                Value<String> warmPrefix = source.variable(CniVariable.WARM_PREFIX_TARGET);
                if (prefixDelegation.isFalse() && warmPrefix.isKnown()) {
                    events.add(new Violation(source, warmPrefix.location(), source.describe()
                            + " sets WARM_PREFIX_TARGET while prefix delegation is off; it has no effect",
                            List.of(), Severity.INFO));
                }
                if (prefixDelegation.isTrue()) {
                    for (CniVariable override : List.of(CniVariable.WARM_IP_TARGET, CniVariable.MINIMUM_IP_TARGET)) {
                        Value<String> value = source.variable(override);
                        if (value.isKnown()) {
                            events.add(new Violation(source, value.location(), source.describe() + " sets " + override
                                    + " with prefix delegation on; it overrides WARM_PREFIX_TARGET", List.of(), Severity.INFO));
                        }
                    }
                }
            }
        };
    }

    /**
     * "be at least v1.16.0 for IPv6 security groups for pods" (NET020): EC2 nodes of an IPv6 cluster get security
     * groups for pods only from VPC CNI v1.16.0 on.
     */
    static Condition<CniSource> supportIpv6PodSecurityGroups() {
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

    static boolean anyPodSecurityGroups(EvalContext context, List<RelatedLocation> because) {
        List<SecurityGroupPolicy> policies = SecurityGroupPolicy.all(context);
        policies.stream().limit(1).forEach(p -> because.add(new RelatedLocation(p.location(), p.describe() + " here")));
        // Both sides are evaluated on purpose: each adds the places that make it true to {@code because}.
        boolean podEni = NodeContext.anyCniFlag(context, CniVariable.ENABLE_POD_ENI, because).isTrue();
        return !policies.isEmpty() || podEni;
    }
}
