package dev.netlint.rules.aws;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.CniConfiguration;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.PodTemplate;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.analysis.ClusterIpFamily;
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
import dev.netlint.core.model.aws.NodeGroup;
import java.util.List;

/** Security groups for pods (SecurityGroupPolicy, trunk and branch ENIs) and Windows workloads. */
final class PodSecurityGroupConditions {

    private PodSecurityGroupConditions() {}

    /** "be valid" (NET018 c): a selector, and 1 to 16 group ids (the CRD's bounds); otherwise ignored. */
    static Condition<SecurityGroupPolicy> beValid() {
        return new Condition<>("select pods and name 1 to 16 security groups") {
            @Override
            public void check(SecurityGroupPolicy policy, EvalContext context, ConditionEvents events) {
                if (!policy.hasPodSelector() && !policy.hasServiceAccountSelector()) {
                    events.violation(policy, policy, policy.describe()
                            + " has neither podSelector nor serviceAccountSelector; the controller ignores it");
                }
                int count = policy.groupIds().size();
                if (count == 0 || count > 16) {
                    events.violation(policy, policy::groupIdsLocation, policy.describe() + (count == 0
                            ? " names no security groups (securityGroups.groupIds)" : " names " + count
                            + " security groups; at most 16 are allowed") + "; the controller ignores it");
                }
            }
        };
    }

    /** "take effect" (NET018 a): without ENABLE_POD_ENI the policy does nothing on EC2 nodes. */
    static Condition<SecurityGroupPolicy> haveTrunkInterfacesEnabled() {
        return new Condition<>("be backed by ENABLE_POD_ENI in the VPC CNI") {
            @Override
            public void check(SecurityGroupPolicy policy, EvalContext context, ConditionEvents events) {
                List<CniSource> sources = CniConfiguration.sources(context);
                for (CniSource source : sources) {
                    Tri podEni = source.flag(CniVariable.ENABLE_POD_ENI);
                    if (podEni.isFalse()) {
                        Value<String> value = source.variable(CniVariable.ENABLE_POD_ENI);
                        events.violation(policy, policy, policy.describe() + " has no effect on EC2 pods: "
                                        + source.describe() + " does not set ENABLE_POD_ENI to true",
                                new RelatedLocation(value.location(), value.isAbsent()
                                        ? source.describe() + " leaves ENABLE_POD_ENI at false" : "ENABLE_POD_ENI here"));
                        return;
                    } else if (podEni.isUnknown()) {
                        events.unverifiable(policy, source.placeOf(CniVariable.ENABLE_POD_ENI), source.whyUnknown(CniVariable.ENABLE_POD_ENI));
                    }
                }
            }
        };
    }

    /** "not select Windows pods" (NET019 a): trunk and branch ENIs do not work on Windows nodes. */
    static Condition<PodTemplate> notBeSelectedBySecurityGroupPolicies() {
        return new Condition<>("not be selected by a SecurityGroupPolicy when pinned to Windows") {
            @Override
            public void check(PodTemplate pods, EvalContext context, ConditionEvents events) {
                if (!pods.isWindows()) {
                    return;
                }
                for (SecurityGroupPolicy policy : SecurityGroupPolicy.all(context)) {
                    Tri selected = policy.selects(pods, context);
                    if (selected.isTrue()) {
                        events.violation(pods, pods.os(), pods.describe() + " runs on Windows but "
                                        + policy.describe() + " selects its pods; security groups for pods do not work on Windows nodes",
                                new RelatedLocation(policy.location(), policy.describe() + " here"));
                    } else if (selected.isUnknown()) {
                        events.unverifiable(pods, policy, "whether " + policy.describe() + " selects "
                                + pods.describe() + " is not known: a label or selector is not known");
                    }
                }
            }
        };
    }

    /** "not all be Windows node groups" (NET019 b): security groups for pods need Linux EC2 nodes somewhere. */
    static Condition<SecurityGroupPolicy> haveLinuxNodesToRunOn() {
        return new Condition<>("have Linux EC2 nodes to run on") {
            @Override
            public void check(SecurityGroupPolicy policy, EvalContext context, ConditionEvents events) {
                List<NodeGroup> nodes = context.workspace().nodeGroups();
                if (!nodes.isEmpty() && nodes.stream().allMatch(NodeContext::isWindows)) {
                    events.add(new Violation(policy, policy.location(), policy.describe()
                            + " selects pods, but every EC2 node group of the input runs Windows, where security groups for pods do not work",
                            nodes.stream().limit(3).map(n -> new RelatedLocation(n.amiType().location(), n.address() + " is Windows"))
                                    .toList(), Severity.WARNING));
                }
            }
        };
    }

    /** "not be pinned to Windows in an IPv6 cluster" (NET013, workloads). */
    static Condition<PodTemplate> notRunWindowsInIpv6Clusters() {
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
