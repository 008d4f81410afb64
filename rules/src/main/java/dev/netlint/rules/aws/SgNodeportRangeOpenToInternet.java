package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroups;

import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.analysis.NodeSecurityGroups;
import dev.netlint.core.analysis.SgRuleMatcher;
import dev.netlint.core.analysis.SubnetRouting;
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
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.net.Cidr;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** NET026 sg-nodeport-range-open-to-internet. Its bad and good examples: {@code dev/netlint/rules/examples/NET026/}. */
public final class SgNodeportRangeOpenToInternet {

    private SgNodeportRangeOpenToInternet() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET026", "sg-nodeport-range-open-to-internet");
        rule.severity(WARNING);
        rule.summary("Security groups must not open the NodePort range 30000-32767 to 0.0.0.0/0 or ::/0");
        rule.notes("EKS-NETWORKING.md:160-162 \"Port range: 30000-32767 ... Not a feasible option to expose service "
                + "to the outside world!\"");
        rule.rationale("kube-proxy listens on every NodePort (30000-32767 on EKS) on every node. An ingress rule "
                + "from 0.0.0.0/0 or ::/0 that covers those ports (tcp, udp or all traffic) exposes every NodePort and "
                + "LoadBalancer Service directly, bypassing the load balancer. Error when the group is on nodes in a "
                + "subnet that routes 0.0.0.0/0 to an internet gateway, where the nodes are reachable. A standalone "
                + "rule (aws_security_group_rule, aws_vpc_security_group_ingress_rule) on a group that is not in the "
                + "input (a literal sg- id, a data source, a remote module's output such as "
                + "module.eks.node_security_group_id, the cluster's own security group) is judged on its own and "
                + "reported at the rule: it opens the ports whatever group it lands on. Not about load balancer "
                + "controllers or EKS Auto Mode.");
        rule.fix("Allow the NodePort range only from the load balancer's security group or the VPC CIDR.");
        rule.docs("https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport");
        rule.example(Examples.of("NET026"));
        rule.check(securityGroups().should(notOpenTheNodePortRangeToTheInternet(30000, 32767))
                .because("NodePorts are meant for the load balancer, not for the internet"));
        return rule.build();
    }

    /**
     * No ingress rule lets 0.0.0.0/0 or ::/0 reach tcp or udp {@code from}-{@code to} (the NodePort range). Reported at the /0 source (the
     * wrong value); escalated to error when the group is on nodes in a subnet that routes to an internet gateway.
     * A standalone rule on a group that is not in the input is judged on its own (the group need not be known).
     */
    private static Condition<SecurityGroup> notOpenTheNodePortRangeToTheInternet(int from, int to) {
        String range = from + "-" + to;
        return new Condition<>("not open the NodePort range " + range + " to 0.0.0.0/0 or ::/0") {
            @Override
            public void check(SecurityGroup group, EvalContext context, ConditionEvents events) {
                Optional<PublicNodes> publicNodes = null;
                for (SgRule rule : group.ingress()) {
                    Tri ports = SgRuleMatcher.overlapsTcpOrUdpRange(rule, from, to);
                    if (ports.isFalse()) {
                        continue;
                    }
                    List<Value<String>> everything = new ArrayList<>();
                    for (Value<String> cidr : concat(rule.ipv4Cidrs(), rule.ipv6Cidrs())) {
                        if (cidr.isKnown() && Cidr.parse(cidr.orNull()).map(Cidr::isEverything).orElse(false)) {
                            everything.add(cidr);
                        }
                    }
                    if (everything.isEmpty()) {
                        Value<String> unknownSource = rule.firstUnknownCidr();
                        if (unknownSource != null && rule.protocol().isUnknown()) {
                            // the whole rule is unresolved (an unknown for_each or count): say so once
                            events.unknown(group, rule.protocol(), "ingress rule " + (rule.address() != null
                                    ? rule.address() : "of " + group.address()));
                        } else if (unknownSource != null) {
                            events.unknown(group, unknownSource, "the source CIDR of ingress " + describe(rule));
                        }
                        continue;
                    }
                    if (ports.isUnknown()) {
                        events.unknown(group, rule.firstUnknownProtocolOrPort(), "the protocol or port of ingress "
                                + "from " + everything.get(0).orNull());
                        continue;
                    }
                    if (publicNodes == null) {
                        publicNodes = group.isOutsideInput() ? Optional.empty() : publicNodes(group, context);
                    }
                    for (Value<String> source : everything) {
                        String message = group.address() + " allows ingress from " + source.orNull() + " to "
                                + describe(rule) + ", which includes the NodePort range " + range
                                + (group.isOutsideInput()
                                ? ", on security group " + group.name().orNull() + " (not in the input; the rule "
                                + "opens these ports on whatever instances carry it)"
                                : rule.address() != null && !rule.address().equals(group.address())
                                ? " (rule " + rule.address() + ")" : "");
                        List<RelatedLocation> related = new ArrayList<>();
                        Severity severity = null;
                        if (publicNodes.isPresent()) {
                            severity = Severity.ERROR;
                            message += ", and it is attached to nodes of " + publicNodes.get().nodes().address()
                                    + " in public subnet " + publicNodes.get().subnet().address()
                                    + ": every NodePort Service is reachable from the internet";
                            related.add(publicNodes.get().attachment());
                            publicNodes.get().route().ifPresent(related::add);
                        }
                        events.add(new Violation(group, source.location(), message, related, severity));
                    }
                }
            }
        };
    }

    private static List<Value<String>> concat(List<Value<String>> a, List<Value<String>> b) {
        List<Value<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String describe(SgRule rule) {
        if (!rule.protocol().isKnown()) {
            return "rule of unknown protocol";
        }
        String protocol = rule.protocol().orNull().toLowerCase(Locale.ROOT);
        if (protocol.equals("-1") || protocol.equals("all")) {
            return "all protocols and ports";
        }
        return protocol + " " + port(rule.fromPort()) + "-" + port(rule.toPort());
    }

    private static String port(Value<Integer> port) {
        return port.isKnown() ? String.valueOf(port.orNull()) : "?";
    }

    private record PublicNodes(NodeGroup nodes, Subnet subnet, RelatedLocation attachment,
                               Optional<RelatedLocation> route) {}

    /** The first node group that carries the group and has a subnet that is known to be public. */
    private static Optional<PublicNodes> publicNodes(SecurityGroup group, EvalContext context) {
        for (NodeGroup nodes : context.workspace().nodeGroups()) {
            NodeSecurityGroups attached = NodeSecurityGroups.of(nodes, context);
            if (!attached.isChecked() || !attached.groups().contains(group)) {
                continue;
            }
            for (Subnet subnet : ClusterNetwork.of(null, nodes.subnetIds(), context).resolved()) {
                SubnetRouting.Verdict verdict = SubnetRouting.publicVerdict(subnet, context);
                if (verdict.value().isTrue()) {
                    Optional<RelatedLocation> route = verdict.routeLocation();
                    if (route.isEmpty()) {
                        route = Optional.of(new RelatedLocation(subnet.mapPublicIpOnLaunch().location(),
                                subnet.address() + " gives instances public IPs (its routes cannot be resolved)"));
                    }
                    return Optional.of(new PublicNodes(nodes, subnet, attached.attachment(), route));
                }
            }
        }
        return Optional.empty();
    }
}
