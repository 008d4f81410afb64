package dev.netlint.core.lang.conditions;

import dev.netlint.core.analysis.NodeEgress;
import dev.netlint.core.analysis.NodeSecurityGroups;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What node groups should have. */
public final class NodeGroupConditions {

    private NodeGroupConditions() {}

    /**
     * "allow the egress nodes need" (NET002): tcp/443, tcp/10250, tcp/53 and udp/53, over the union of the node's
     * security groups. Node groups that share the same groups are reported once, on the group, with each node group
     * as a related location.
     */
    public static Condition<NodeGroup> allowTheEgressNodesNeed() {
        return new Condition<>("allow egress to tcp/443, tcp/10250, tcp/53 and udp/53") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                NodeSecurityGroups groups = NodeSecurityGroups.of(nodes, context);
                if (!groups.isChecked()) {
                    return;
                }
                Map<List<SecurityGroup>, List<NodeSecurityGroups>> bySet = events.state(this, LinkedHashMap::new);
                bySet.computeIfAbsent(groups.groups(), k -> new ArrayList<>()).add(groups);
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                Map<List<SecurityGroup>, List<NodeSecurityGroups>> bySet = events.state(this, LinkedHashMap::new);
                for (List<NodeSecurityGroups> sharing : bySet.values()) {
                    java.util.Set<String> reported = new java.util.HashSet<>();
                    for (NodeSecurityGroups nodes : sharing) {
                        NodeEgress.Outcome outcome = new NodeEgress(nodes, context).evaluate();
                        for (NodeEgress.Undecided undecided : outcome.undecided()) {
                            events.unverifiable(nodes.nodes(), undecided::location, undecided.message());
                        }
                        for (NodeEgress.Missing missing : outcome.missing()) {
                            Violation violation = violation(nodes, sharing, missing);
                            if (reported.add(violation.location() + violation.message())) {
                                events.add(violation);
                            }
                        }
                    }
                }
            }
        };
    }

    private static Violation violation(NodeSecurityGroups nodes, List<NodeSecurityGroups> sharing,
                                       NodeEgress.Missing missing) {
        List<SecurityGroup> groups = nodes.groups();
        String names = groups.stream().map(SecurityGroup::address).collect(Collectors.joining(", "));
        String nodeNames = sharing.stream().map(n -> n.nodes().address()).distinct().collect(Collectors.joining(", "));
        Location at = groups.size() == 1 ? groups.get(0).location() : nodes.attachedAt();
        ModelElement subject = new ModelElement() {
            @Override
            public Location location() {
                return at;
            }

            @Override
            public String describe() {
                return names.isEmpty() ? nodes.attachedBy() : names;
            }
        };
        String whose = groups.isEmpty() ? "the security groups attached by " + nodes.attachedBy()
                : (groups.size() == 1 ? "security group " : "security groups ") + names;
        String message = (groups.isEmpty() ? "the nodes of " + nodeNames + " have no security group rules: "
                : "") + whose + " allow" + (groups.size() == 1 ? "s" : "") + " no " + missing.family()
                + " egress to " + missing.port() + " (" + missing.port().purpose() + ")" + missing.detail()
                + ", which the nodes of " + nodeNames + " need";
        List<RelatedLocation> related = new ArrayList<>();
        for (NodeSecurityGroups user : sharing) {
            if (!user.attachedAt().equals(at)) {
                related.add(user.attachment());
            }
        }
        related.addAll(missing.related());
        return new Violation(subject, at, message, related.stream().distinct().toList(), null);
    }
}
