package dev.netlint.rules.k8s;

import static dev.netlint.rules.k8s.ServiceLoadBalancerConditions.setExternalTrafficPolicyOnlyWhenExternallyAccessible;
import static dev.netlint.rules.k8s.ServiceLoadBalancerConditions.preserveClientIpsWithInstanceTargets;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET025 service-external-traffic-policy-cluster. Its bad and good examples: {@code dev/netlint/rules/examples/NET025/}. */
public final class ServiceExternalTrafficPolicyCluster {

    private ServiceExternalTrafficPolicyCluster() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET025", "service-external-traffic-policy-cluster");
        rule.severity(ERROR);
        rule.summary("externalTrafficPolicy: instance targets with Cluster lose client IPs; ClusterIP Services "
                + "cannot set it");
        rule.notes("EKS-NETWORKING.md:185 \"`externalTrafficPolicy=Cluster`: traffic may be sent to another node, "
                + "source IP is changed to node's IP address, thereby the IP of the client is not preserved\" (the "
                + "notes' next bullet repeats \"Cluster\" by mistake; it describes Local). AWS documentation and "
                + "RULES.md disagree: RULES.md NET025 gives Local as the fix for the in-tree Classic Load Balancer "
                + "too; the ELB guide says a CLB needs proxy protocol, and netlint follows it.");
        rule.rationale("With instance targets (the in-tree controller's NLB, or the AWS Load Balancer "
                + "Controller in instance mode: aws-load-balancer-nlb-target-type instance, or no "
                + "target type and the controller default target type instance, which is the Helm "
                + "value defaultTargetType of a helm_release of the controller's chart when the input "
                + "has one, else --default-target-type, default instance) the load balancer sends "
                + "traffic to node ports and kube-proxy may forward it to another node, replacing the "
                + "client's source address, unless externalTrafficPolicy is Local (info: a design "
                + "choice, Local can spread load unevenly). IP targets bypass kube-proxy and are not "
                + "affected. A Classic Load Balancer (the in-tree controller without "
                + "aws-load-balancer-type: nlb) is a proxy: it replaces the client address whatever "
                + "externalTrafficPolicy says, so there Local does not help and the advice is proxy "
                + "protocol (service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\") or an "
                + "NLB: the Elastic Load Balancing guide (\"Configure proxy protocol for your Classic "
                + "Load Balancer\") says the instances see the load balancer's address unless proxy "
                + "protocol is on. Controller and Auto Mode: a LoadBalancer Service without "
                + "spec.loadBalancerClass gets service.k8s.aws/nlb from the AWS Load Balancer "
                + "Controller's Service webhook (v2.5 and later, Helm value "
                + "enableServiceMutatorWebhook, on by default) when the input shows the controller (a "
                + "helm_release of its chart, or a Deployment running its image), and "
                + "eks.amazonaws.com/nlb when it shows EKS Auto Mode (an aws_eks_cluster with "
                + "elastic_load_balancing or compute_config enabled; the controller is taken when "
                + "both are present). With the webhook turned off, or a controller older than v2.5, "
                + "the in-tree controller takes it; when the input shows neither, netlint assumes the "
                + "in-tree controller. EKS Auto Mode's NLBs are not judged here. On a ClusterIP "
                + "Service without externalIPs the API server rejects externalTrafficPolicy: \"may "
                + "only be set for externally-accessible services\" (error).");
        rule.fix("On an NLB use externalTrafficPolicy: Local, or ip targets, when the client IP matters; on a "
                + "Classic Load Balancer enable proxy protocol (aws-load-balancer-proxy-protocol: \"*\") or move to an "
                + "NLB; remove externalTrafficPolicy from ClusterIP Services.");
        rule.docs("https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#preserving-the-client-source-ip");
        rule.example(Examples.of("NET025"));
        rule.check(INFO, services().that().haveType("LoadBalancer")
                .should().be(preserveClientIpsWithInstanceTargets())
                .because("instance targets behind externalTrafficPolicy Cluster rewrite the source address"));
        rule.check(ERROR, services().should().be(setExternalTrafficPolicyOnlyWhenExternallyAccessible())
                .because("the API server rejects it on internal Services"));
        return rule.build();
    }
}
