package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.rules.aws.PodSecurityGroupConditions.haveLinuxNodesToRunOn;
import static dev.netlint.rules.aws.PodSecurityGroupConditions.notBeSelectedBySecurityGroupPolicies;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroupPolicies;
import static dev.netlint.core.lang.syntax.RuleDefinitions.workloads;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
