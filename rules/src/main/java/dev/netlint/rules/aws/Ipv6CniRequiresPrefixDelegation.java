package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.Tri;
import dev.netlint.rules.Examples;

/** NET014 ipv6-cni-requires-prefix-delegation. Its bad and good examples: {@code dev/netlint/rules/examples/NET014/}. */
public final class Ipv6CniRequiresPrefixDelegation {

    private Ipv6CniRequiresPrefixDelegation() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET014", "ipv6-cni-requires-prefix-delegation");
        rule.severity(ERROR);
        rule.summary("The VPC CNI supports IPv6 only with prefix delegation");
        rule.notes("EKS-NETWORKING.md:92 \"For Amazon EC2 nodes, we must configure the Amazon VPC CNI add-on with IP "
                + "prefix delegation and IPv6\"");
        rule.rationale("ipamd refuses IPv6 without prefix delegation (\"IPv6 is supported only in Prefix Delegation "
                + "mode\"). Read from the vpc-cni add-on's configuration_values and the aws-node DaemonSet, with Go "
                + "ParseBool semantics. On an ipv6 cluster the EKS add-on turns prefix delegation on by itself, so "
                + "only an explicit false is reported there; a raw DaemonSet has no such default.");
        rule.fix("Set ENABLE_PREFIX_DELEGATION to \"true\" wherever ENABLE_IPv6 is \"true\".");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET014"));
        rule.check(cniConfigurations().should(usePrefixDelegationWithIpv6())
                .because("ipamd supports IPv6 only in prefix delegation mode"));
        return rule.build();
    }

    /** "use prefix delegation with IPv6" (NET014): ipamd supports IPv6 only in prefix delegation mode. */
    private static Condition<CniSource> usePrefixDelegationWithIpv6() {
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
}
