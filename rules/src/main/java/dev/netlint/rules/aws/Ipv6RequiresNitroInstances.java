package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.NodeContext;
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
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;

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

    /** Why IPv6 is in play for these nodes: the cluster's ip_family or ENABLE_IPv6. */
    private static Tri ipv6(NodeGroup nodes, EvalContext context, List<RelatedLocation> because) {
        Setting<Spelled<IpFamily>> family = NodeContext.ipFamily(nodes, context);
        if (family.means(IpFamily.IPV6)) {
            if (family.writtenAt().isPresent()) {
                because.add(new RelatedLocation(family.writtenAt().get(), "cluster ip_family = \"ipv6\" here"));
            }
            return Tri.TRUE;
        }
        return NodeContext.anyCniFlag(nodes, context, CniVariable.ENABLE_IPv6, because);
    }

    /** "run on Nitro instance types when pods are IPv6" (NET012). */
    private static Condition<NodeGroup> runOnNitroForIpv6() {
        return new Condition<>("run on Nitro instance types when pods get IPv6 addresses") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                List<RelatedLocation> because = new ArrayList<>();
                Tri ipv6 = ipv6(nodes, context, because);
                if (!ipv6.isTrue()) {
                    return;
                }
                for (NodeContext.TypedInstance type : NodeContext.knownInstanceTypes(nodes, context, events)) {
                    if (!type.limits().prefixDelegationCapable()) {
                        events.violation(nodes, type.written(), nodes.address() + " runs " + type.limits().instanceType()
                                + ", not a Nitro or bare-metal instance type; IPv6 pods need prefix delegation, which ipamd"
                                + " refuses on " + type.limits().hypervisor() + " instances", because.toArray(RelatedLocation[]::new));
                    }
                }
            }
        };
    }
}
