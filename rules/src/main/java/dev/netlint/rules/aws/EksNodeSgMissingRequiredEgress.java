package dev.netlint.rules.aws;

import static dev.netlint.core.analysis.PortSpec.tcp;
import static dev.netlint.core.analysis.PortSpec.udp;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.analysis.NodeEgress;
import dev.netlint.core.analysis.NodeSecurityGroups;
import dev.netlint.core.analysis.PortSpec;
import dev.netlint.core.analysis.Undecided;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.source.Location;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** NET002 eks-node-sg-missing-required-egress. Its bad and good examples: {@code dev/netlint/rules/examples/NET002/}. */
public final class EksNodeSgMissingRequiredEgress {

    /**
     * The egress nodes need, in the order findings list them. The first is the API server's, which nodes reach at the
     * public endpoint (0.0.0.0/0) when the cluster has no private endpoint. The summary, fix and because below are
     * written from this list.
     */
    private static final List<PortSpec> REQUIRED_EGRESS = List.of(tcp(443, "Kubernetes API server"),
            tcp(10250, "kubelet API"), tcp(53, "DNS"), udp(53, "DNS"));

    private EksNodeSgMissingRequiredEgress() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET002", "eks-node-sg-missing-required-egress");
        rule.severity(ERROR);
        rule.summary("Security groups on EKS nodes must allow egress to " + PortSpec.words(REQUIRED_EGRESS));
        rule.notes("EKS-NETWORKING.md:115-118 \"At minimum the following outbound rules should be required: TCP 443 "
                + "- required for Kubernetes API server, TCP 10250 - required for the kubelet API, TCP/UDP 53 - "
                + "required for DNS\"");
        rule.rationale("When Terraform creates a security group it revokes AWS's default allow-all egress, so a "
                + "group has only the egress Terraform writes. When a launch template sets the nodes' security groups, "
                + "EKS does not add its cluster security group (EKS user guide, launch templates), so those groups are "
                + "all the nodes get. Without tcp/443 nodes cannot register with the API server (and with "
                + "endpoint_private_access = false that traffic goes to the public endpoint, so it needs 0.0.0.0/0); "
                + "without tcp/10250 the control plane cannot reach kubelets; without tcp and udp/53 pods cannot "
                + "resolve names. In an ipv6 cluster separate IPv6 rules are required. Node groups without "
                + "launch-template security groups use the EKS cluster security group, whose allow-all egress "
                + "Terraform does not manage, and are not checked.");
        rule.fix("Add egress for " + PortSpec.words(REQUIRED_EGRESS) + " to the node security group (to 0.0.0.0/0 for "
                + REQUIRED_EGRESS.get(0).port() + " when the cluster has no private endpoint), or restore the allow-all "
                + "egress rule.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html");
        rule.example(Examples.of("NET002"));
        List<Integer> ports = PortSpec.distinctPorts(REQUIRED_EGRESS); // 443, 10250, 53
        rule.check(nodeGroups().that().setTheirOwnSecurityGroups()
                .should().be(allowEgress(REQUIRED_EGRESS))
                .because("nodes must reach the API server (" + ports.get(0) + "), kubelets (" + ports.get(1)
                        + ") and DNS (" + ports.get(2) + ")"));
        return rule.build();
    }

    /**
     * "allow egress to" the {@code required} ports over the union of the nodes' security groups; the first is the API
     * server's, which nodes reach at the public endpoint (0.0.0.0/0) when the cluster has no private endpoint. Node
     * groups that share the same groups are reported once, on the group, with each node group as a related location.
     */
    private static Condition<NodeGroup> allowEgress(List<PortSpec> required) {
        PortSpec apiServer = required.get(0);
        List<String> names = required.stream().map(PortSpec::toString).toList();
        String list = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new Condition<>("allow egress to " + list) {
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
                    Set<String> reported = new HashSet<>();
                    for (NodeSecurityGroups nodes : sharing) {
                        NodeEgress.Outcome outcome = new NodeEgress(nodes, context, required, apiServer).evaluate();
                        for (Undecided undecided : outcome.undecided()) {
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
