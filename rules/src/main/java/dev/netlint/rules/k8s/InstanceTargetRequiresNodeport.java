package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import dev.netlint.rules.Examples;

/** NET030 instance-target-requires-nodeport. Its bad and good examples: {@code dev/netlint/rules/examples/NET030/}. */
public final class InstanceTargetRequiresNodeport {

    private InstanceTargetRequiresNodeport() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET030", "instance-target-requires-nodeport");
        rule.severity(ERROR);
        rule.summary("Instance targets need a node port: a NodePort or LoadBalancer Service with allocated node ports");
        rule.notes("EKS-NETWORKING.md:177 \"Deploys ALB in instance and IP mode for ingress resources\"; "
                + "EKS-NETWORKING.md:172 \"AWS Load Balancer Controller supports registering services both in instance "
                + "mode an IP mode\"; EKS-NETWORKING.md:157 \"NodePort is used to make a Kubernetes service "
                + "accessible\"");
        rule.rationale("In instance mode the load balancer targets the nodes on the Service's node port. "
                + "An ALB Ingress whose effective target type is instance (IngressClassParams, then "
                + "the Service's annotation, then the Ingress's, then the default: ip for EKS Auto "
                + "Mode, else the controller's) with a ClusterIP backend fails: \"When using Instance "
                + "targets, your service be must of type 'NodePort' or 'LoadBalancer'\". An NLB with "
                + "instance targets (aws-load-balancer-nlb-target-type, else ip for EKS Auto Mode, "
                + "else the controller default) and allocateLoadBalancerNodePorts: false fails for "
                + "every port without an explicit nodePort: \"unable to support instance target type "
                + "with an unallocated NodePort\". EKS Auto Mode (IngressClass controller "
                + "eks.amazonaws.com/alb, loadBalancerClass eks.amazonaws.com/nlb) defaults to ip "
                + "targets (EKS user guide, auto-networking: \"The default targeting mode is IP Mode, "
                + "not Instance Mode\"); the controller's defaultTargetType and --default-target-type "
                + "do not apply to it. Controller and Auto Mode: a LoadBalancer Service without "
                + "spec.loadBalancerClass gets service.k8s.aws/nlb from the AWS Load Balancer "
                + "Controller's Service webhook (v2.5 and later, Helm value "
                + "enableServiceMutatorWebhook, on by default) when the input shows the controller (a "
                + "helm_release of its chart, or a Deployment running its image), and "
                + "eks.amazonaws.com/nlb when it shows EKS Auto Mode (an aws_eks_cluster with "
                + "elastic_load_balancing or compute_config enabled; the controller is taken when "
                + "both are present). With the webhook turned off, or a controller older than v2.5, "
                + "the in-tree controller takes it; when the input shows neither, netlint assumes the "
                + "in-tree controller. A Service the controller takes this way is judged as its NLB. "
                + "The controller default target type is the Helm value defaultTargetType of a "
                + "helm_release of the controller's chart when the input has one, else "
                + "--default-target-type (default instance).");
        rule.fix("Use ip targets (alb.ingress.kubernetes.io/target-type: ip), or make the backend Service a "
                + "NodePort; give NLB instance-target ports an explicit nodePort or allocate node ports.");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type");
        rule.example(Examples.of("NET030"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().routeInstanceTargetsToNodePorts()
                .because("instance targets receive traffic on node ports"));
        rule.check(services().that().areClaimedByTheLoadBalancerController()
                .should().be(haveNodePortsForInstanceTargets())
                .because("instance targets receive traffic on node ports"));
        return rule.build();
    }

    /**
     * "allocate node ports for instance targets" (NET030 b): an LBC NLB with instance targets and
     * {@code allocateLoadBalancerNodePorts: false} needs an explicit nodePort on every port.
     */
    private static Condition<Service> haveNodePortsForInstanceTargets() {
        return new Condition<>("have node ports for instance targets") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
                if (!lbc.isClaimedByModernController().isTrue() || !lbc.targetType(context).means(TargetType.INSTANCE)
                        || !Boolean.FALSE.equals(service.allocateLoadBalancerNodePorts().orNull())) {
                    return;
                }
                for (ServicePort port : service.ports()) {
                    if (port.nodePort().isAbsent()) {
                        events.violation(service, port, service.describe() + " has instance targets but "
                                + "allocateLoadBalancerNodePorts: false and no nodePort for port "
                                + (port.port().isKnown() ? port.port().orNull() : "?")
                                + "; the controller fails: unable to support instance target type with an unallocated NodePort",
                                new dev.netlint.core.finding.RelatedLocation(service.allocateLoadBalancerNodePorts().location(),
                                        "allocateLoadBalancerNodePorts: false here"));
                    } else if (port.nodePort().isUnknown()) {
                        events.unknown(service, port.nodePort(), "nodePort");
                    }
                }
            }
        };
    }
}
