package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;

/** NET015 prefix-delegation-non-nitro. Its bad and good examples: {@code dev/netlint/rules/examples/NET015/}. */
public final class PrefixDelegationNonNitro {

    private PrefixDelegationNonNitro() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET015", "prefix-delegation-non-nitro");
        rule.severity(WARNING);
        rule.summary("Prefix delegation works only on Nitro instances, and only some warm-pool settings apply to it");
        rule.notes("EKS-NETWORKING.md:84 \"This feature is only supported for AWS Nitro-based nodes\"; "
                + "EKS-NETWORKING.md:86 \"We can assign a CIDR block to an EC2 instance (/28 for IPv4 and /80 for "
                + "IPv6)\"");
        rule.rationale("With ENABLE_PREFIX_DELEGATION on, ipamd assigns /28 prefixes only on Nitro and bare-metal "
                + "instances; elsewhere it logs \"Prefix delegation is not supported on non-nitro instance ... falling "
                + "back to default (secondary IP) mode\", so those nodes get far fewer pod IPs than planned (warning, "
                + "also when only some types of a mixed group are affected). WARM_PREFIX_TARGET does nothing without "
                + "prefix delegation, and WARM_IP_TARGET or MINIMUM_IP_TARGET override it when prefix delegation is on "
                + "(info).");
        rule.fix("Use Nitro instance types for node groups with prefix delegation, and set only the warm-pool "
                + "targets that apply.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html");
        rule.example(Examples.of("NET015"));
        rule.check(nodeGroups().should().be(runOnPrefixDelegationCapableTypes())
                .because("only Nitro instances get prefixes"));
        rule.check(INFO, cniConfigurations().should(setOnlyWarmTargetsThatApply())
                .because("settings that have no effect mislead"));
        return rule.build();
    }

    /** "run on prefix-delegation-capable types when prefix delegation is on" (NET015 a). */
    private static Condition<NodeGroup> runOnPrefixDelegationCapableTypes() {
        return new Condition<>("run on Nitro instance types when prefix delegation is on") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                Tri prefixDelegation = NodeContext.anyCniFlag(nodes, context, CniVariable.ENABLE_PREFIX_DELEGATION, because);
                if (!prefixDelegation.isTrue()) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (!type.limits().prefixDelegationCapable()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + " with prefix delegation on; it is not a Nitro instance, so ipamd falls back to secondary IP mode",
                                because.toArray(RelatedLocation[]::new));
                    }
                }
            }
        };
    }

    /** "set only warm targets that apply" (NET015 b, c): warm-pool settings that prefix delegation ignores or overrides. */
    private static Condition<CniSource> setOnlyWarmTargetsThatApply() {
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
}
