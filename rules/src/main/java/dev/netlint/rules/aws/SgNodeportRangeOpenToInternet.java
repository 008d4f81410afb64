package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.rules.aws.NodePortRangeExposure.notOpenTheNodePortRangeToTheInternet;
import static dev.netlint.core.lang.syntax.RuleDefinitions.securityGroups;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
