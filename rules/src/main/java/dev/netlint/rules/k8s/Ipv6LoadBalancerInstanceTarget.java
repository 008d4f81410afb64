package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET004 ipv6-load-balancer-instance-target. Its bad and good examples: {@code dev/netlint/rules/examples/NET004/}. */
public final class Ipv6LoadBalancerInstanceTarget {

    private Ipv6LoadBalancerInstanceTarget() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET004", "ipv6-load-balancer-instance-target");
        rule.severity(ERROR);
        rule.summary("IPv6 load balancing needs ip targets and a dual-stack load balancer");
        rule.notes("EKS-NETWORKING.md:181 \"Traffic for IPv6 is supported for IP targets only\"");
        rule.rationale("The EKS user guide: \"You can only load balance over IPv6 to IP targets, not "
                + "instance targets.\" Targets are IPv6 when the backend Service's ipFamilies[0] is "
                + "IPv6 or the cluster's ip_family is ipv6 (from Terraform, or --cluster-ip-family). "
                + "The target type comes from IngressClassParams, then the Service's annotation, then "
                + "the Ingress's, then the default (ip for EKS Auto Mode, else the controller's); for "
                + "an NLB from aws-load-balancer-type nlb-ip, then aws-load-balancer-nlb-target-type, "
                + "then ip for EKS Auto Mode, then the controller default when the controller takes "
                + "the Service (its --default-target-type applies to Ingresses and Services), else "
                + "instance. IPv6 targets behind an ipv4 load balancer are refused by the controller "
                + "(\"unsupported IPv6 configuration, lb not dual-stack\"). When the cluster family is "
                + "unknown, a dualstack load balancer with instance targets works only for IPv4 pods "
                + "(warning). EKS Auto Mode (IngressClass controller eks.amazonaws.com/alb, "
                + "loadBalancerClass eks.amazonaws.com/nlb) defaults to ip targets (EKS user guide, "
                + "auto-networking: \"The default targeting mode is IP Mode, not Instance Mode\"); the "
                + "controller's defaultTargetType and --default-target-type do not apply to it. "
                + "Controller and Auto Mode: a LoadBalancer Service without spec.loadBalancerClass "
                + "gets service.k8s.aws/nlb from the AWS Load Balancer Controller's Service webhook "
                + "(v2.5 and later, Helm value enableServiceMutatorWebhook, on by default) when the "
                + "input shows the controller (a helm_release of its chart, or a Deployment running "
                + "its image), and eks.amazonaws.com/nlb when it shows EKS Auto Mode (an "
                + "aws_eks_cluster with elastic_load_balancing or compute_config enabled; the "
                + "controller is taken when both are present). With the webhook turned off, or a "
                + "controller older than v2.5, the in-tree controller takes it; when the input shows "
                + "neither, netlint assumes the in-tree controller. A Service the controller takes "
                + "this way is judged as its NLB. The controller default target type is the Helm "
                + "value defaultTargetType of a helm_release of the controller's chart when the input "
                + "has one, else --default-target-type (default instance).");
        rule.fix("Set alb.ingress.kubernetes.io/target-type: ip (or "
                + "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip) and the IP address type dualstack.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html");
        rule.example(Examples.of("NET004"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().notLoadBalanceIpv6ToInstanceTargets()
                .because("IPv6 traffic can only be load balanced to ip targets"));
        rule.check(services().that().areClaimedByTheLoadBalancerController()
                .should().notLoadBalanceIpv6ToInstanceTargets()
                .because("IPv6 traffic can only be load balanced to ip targets"));
        return rule.build();
    }
}
