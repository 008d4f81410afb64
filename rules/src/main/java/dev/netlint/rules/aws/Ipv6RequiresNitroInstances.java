package dev.netlint.rules.aws;

import static dev.netlint.rules.aws.NodeCniConditions.runOnNitroForIpv6;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET012 ipv6-requires-nitro-instances. Its bad and good examples: {@code dev/netlint/rules/examples/NET012/}. */
public final class Ipv6RequiresNitroInstances {

    private Ipv6RequiresNitroInstances() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET012", "ipv6-requires-nitro-instances");
        rule.severity(ERROR);
        rule.summary("IPv6 pods need Nitro (or bare-metal) instance types");
        rule.notes("EKS-NETWORKING.md:89 \"Supported with AWS Nitro-based instances and Fargate\"");
        rule.rationale("IPv6 pods get addresses only in prefix delegation mode, and ipamd supports prefix delegation "
                + "only on Nitro and bare-metal instances (\"Prefix Delegation is not supported on non-nitro instance "
                + "... IPv6 is only supported in Prefix delegation Mode\"). The instance types come from the node "
                + "group (EKS default t3.medium), its launch template, the autoscaling group's overrides or the "
                + "instance; their facts from the VPC CNI's instance table. A type the table does not list is unknown "
                + "and not reported. Fargate is not affected.");
        rule.fix("Use Nitro instance types (for example m5, m6i, m7g, c6i) or bare metal for the nodes of an IPv6 "
                + "cluster.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET012"));
        rule.check(nodeGroups().should().be(runOnNitroForIpv6())
                .because("IPv6 needs prefix delegation, which needs Nitro"));
        return rule.build();
    }
}
