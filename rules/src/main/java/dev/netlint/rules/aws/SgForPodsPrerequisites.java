package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroupPolicies;

import dev.netlint.core.analysis.CniConfiguration;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;

/** NET018 sg-for-pods-prerequisites. Its bad and good examples: {@code dev/netlint/rules/examples/NET018/}. */
public final class SgForPodsPrerequisites {

    private SgForPodsPrerequisites() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET018", "sg-for-pods-prerequisites");
        rule.severity(WARNING);
        rule.summary("Security groups for pods need ENABLE_POD_ENI, trunk-capable instance types and valid policies");
        rule.notes("EKS-NETWORKING.md:127 \"When `ENABLE_POD_ENI=true`, VPC resource controller creates special "
                + "network interface called a trunk network interface\"; EKS-NETWORKING.md:134 \"Supported by most "
                + "Nitro based systems (aside from t instance family)\"");
        rule.rationale("A SecurityGroupPolicy gives pods their own security groups through branch ENIs on a trunk "
                + "ENI. Without ENABLE_POD_ENI=true in the VPC CNI the resource controller creates no trunk, so the "
                + "policy has no effect on EC2 pods (warning, checked when a CNI configuration is in the input). "
                + "Instance types that cannot have a trunk (every t* type and the non-Nitro types, per the resource "
                + "controller's table) offer no vpc.amazonaws.com/pod-eni, so matching pods cannot be scheduled there "
                + "(warning). A policy without podSelector and serviceAccountSelector, or without 1 to 16 groupIds "
                + "(the CRD's bounds), is ignored by the controller (error).");
        rule.fix("Set ENABLE_POD_ENI to \"true\", run pods that need their own security groups on trunk-capable "
                + "Nitro types (for example m5, c5, r5, m6g), and give each policy a selector and 1 to 16 group ids.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html");
        rule.example(Examples.of("NET018"));
        rule.check(securityGroupPolicies().should(haveTrunkInterfacesEnabled())
                .because("without a trunk interface the policy does nothing"));
        rule.check(nodeGroups().should().be(supportTrunkInterfaces())
                .because("pods with their own security groups need a branch interface"));
        rule.check(ERROR, securityGroupPolicies().should(beValid())
                .because("the controller ignores invalid policies"));
        return rule.build();
    }

    /** "run on trunk-capable types when security groups for pods are used" (NET018 b). */
    private static Condition<NodeGroup> supportTrunkInterfaces() {
        return new Condition<>("run on trunk-capable instance types when security groups for pods are used") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                if (!anyPodSecurityGroups(context, because)) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (type.limits().trunkingCompatible().isFalse()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + ", which cannot have a trunk network interface; pods that need their own security groups"
                                + " cannot be scheduled there (no vpc.amazonaws.com/pod-eni)", because.toArray(RelatedLocation[]::new));
                    } else if (type.limits().trunkingCompatible().isUnknown()) {
                        events.unverifiable(nodes, type.written(), "netlint's instance table does not say whether "
                                + type.limits().instanceType() + " supports trunk network interfaces");
                    }
                }
            }
        };
    }

    private static boolean anyPodSecurityGroups(EvalContext context, List<RelatedLocation> because) {
        List<SecurityGroupPolicy> policies = SecurityGroupPolicy.all(context);
        policies.stream().limit(1).forEach(p -> because.add(new RelatedLocation(p.location(), p.describe() + " here")));
        // Both sides are evaluated on purpose: each adds the places that make it true to {@code because}.
        boolean podEni = NodeContext.anyCniFlag(context, CniVariable.ENABLE_POD_ENI, because).isTrue();
        return !policies.isEmpty() || podEni;
    }

    /** "be valid" (NET018 c): a selector, and 1 to 16 group ids (the CRD's bounds); otherwise ignored. */
    private static Condition<SecurityGroupPolicy> beValid() {
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
    private static Condition<SecurityGroupPolicy> haveTrunkInterfacesEnabled() {
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
}
