package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET023 service-lb-legacy-in-tree-controller. Its bad and good examples: {@code dev/netlint/rules/examples/NET023/}. */
public final class ServiceLbLegacyInTreeController {

    private ServiceLbLegacyInTreeController() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET023", "service-lb-legacy-in-tree-controller");
        rule.severity(WARNING);
        rule.summary("A LoadBalancer Service left to the in-tree controller gets a Classic Load Balancer");
        rule.notes("EKS-NETWORKING.md:169 \"Deploys AWS CLB (default) or NLB in instance mode\"; "
                + "EKS-NETWORKING.md:171 \"Supported by the newer controller called AWS Load Balancer Controller with "
                + "which we can use NLB (CLB is not recommended to be used)\". AWS documentation and RULES.md "
                + "disagree: RULES.md \u00a71.8 gives every classless Service to the in-tree controller, which "
                + "predates the controller's v2.5 webhook and Auto Mode; netlint follows AWS.");
        rule.rationale("Without spec.loadBalancerClass and without an aws-load-balancer-type annotation the AWS Load "
                + "Balancer Controller does not claim the Service (service_utils.go), so the legacy in-tree cloud "
                + "controller creates a Classic Load Balancer (warning). With aws-load-balancer-type: nlb the in-tree "
                + "controller creates an NLB with instance targets only; it receives only critical fixes (info). A "
                + "loadBalancerClass of another controller (for example EKS Auto Mode's eks.amazonaws.com/nlb) passes. "
                + "Controller and Auto Mode: a LoadBalancer Service without spec.loadBalancerClass gets "
                + "service.k8s.aws/nlb from the AWS Load Balancer Controller's Service webhook (v2.5 and later, Helm "
                + "value enableServiceMutatorWebhook, on by default) when the input shows the controller (a "
                + "helm_release of its chart, or a Deployment running its image), and eks.amazonaws.com/nlb when it "
                + "shows EKS Auto Mode (an aws_eks_cluster with elastic_load_balancing or compute_config enabled; the "
                + "controller is taken when both are present). With the webhook turned off, or a controller older than "
                + "v2.5, the in-tree controller takes it; when the input shows neither, netlint assumes the in-tree "
                + "controller. The finding then says so; this follows the AWS Load Balancer Controller installation "
                + "guide (\"When using AWS Load Balancer Controller v2.5+\") and the EKS user guide (Auto Mode \"Use "
                + "Service Annotations to configure Network Load Balancers\"). Services written for another cloud's "
                + "load balancer (GKE cloud.google.com/ or networking.gke.io/ annotations, AKS "
                + "service.beta.kubernetes.io/azure- annotations, and no AWS ones) are not judged.");
        rule.fix("Set spec.loadBalancerClass: service.k8s.aws/nlb (or the annotations aws-load-balancer-type: "
                + "external and aws-load-balancer-nlb-target-type: ip) when creating the Service; these cannot be "
                + "changed on an existing Service.");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/installation/");
        rule.example(Examples.of("NET023"));
        rule.check(services().that().haveType("LoadBalancer")
                .should().useTheLoadBalancerController()
                .because("the in-tree controller creates Classic Load Balancers"));
        return rule.build();
    }
}
