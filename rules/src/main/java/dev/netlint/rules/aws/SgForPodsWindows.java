package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroupPolicies;
import static dev.netlint.core.lang.syntax.RuleDefinitions.workloads;

import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.PodTemplate;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.List;

/** NET019 sg-for-pods-windows. Its bad and good examples: {@code dev/netlint/rules/examples/NET019/}. */
public final class SgForPodsWindows {

    private SgForPodsWindows() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET019", "sg-for-pods-windows");
        rule.severity(ERROR);
        rule.summary("Security groups for pods do not work on Windows nodes");
        rule.notes("EKS-NETWORKING.md:132 \"Trunk and Branch ENIs cannot be used with Windows nodes\"");
        rule.rationale("Branch network interfaces, which carry a pod's own security groups, cannot be attached to "
                + "Windows nodes. A workload pinned to kubernetes.io/os: windows that a SecurityGroupPolicy of its "
                + "namespace selects (podSelector and serviceAccountSelector ANDed; an empty podSelector selects every "
                + "pod) cannot get its security groups (error). When every EC2 node group of the input is Windows, no "
                + "node can serve a SecurityGroupPolicy (warning).");
        rule.fix("Use Kubernetes NetworkPolicy for Windows pods, or run the selected pods on Linux nodes.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html");
        rule.example(Examples.of("NET019"));
        rule.check(workloads().should(notBeSelectedBySecurityGroupPolicies())
                .because("Windows nodes cannot attach branch interfaces"));
        rule.check(WARNING, securityGroupPolicies().should(haveLinuxNodesToRunOn())
                .because("Windows nodes cannot attach branch interfaces"));
        return rule.build();
    }

    /** "not select Windows pods" (NET019 a): trunk and branch ENIs do not work on Windows nodes. */
    private static Condition<PodTemplate> notBeSelectedBySecurityGroupPolicies() {
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
    private static Condition<SecurityGroupPolicy> haveLinuxNodesToRunOn() {
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
}
