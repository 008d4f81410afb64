package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET001 service-nodeport-exposure. Its bad and good examples: {@code dev/netlint/rules/examples/NET001/}. */
public final class ServiceNodeportExposure {

    private ServiceNodeportExposure() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET001", "service-nodeport-exposure");
        rule.severity(WARNING);
        rule.summary("A NodePort Service opens a static port on every worker node");
        rule.notes("EKS-NETWORKING.md:158-162 \"Exposes the service on each worker node's IP at a static port, "
                + "called the NodePort\", \"Port range: 30000-32767\", \"Not a feasible option to expose service to "
                + "the outside world!\"");
        rule.rationale("A NodePort listens on every node, so anything that can reach a node reaches the pods, "
                + "bypassing the load balancer. The API server accepts node ports only in --service-node-port-range, "
                + "which EKS keeps at 30000-32767, and only the Service types ClusterIP, NodePort, LoadBalancer and "
                + "ExternalName (\"ServiceType=Ingress\" is not one: Ingress is a kind of its own). Instance-mode load "
                + "balancers (an ALB Ingress with target type instance, a TargetGroupBinding with targetType instance) "
                + "need a NodePort, so those NodePorts are reported as info only.");
        rule.fix("Expose the Service through an ALB Ingress or a LoadBalancer Service with ip targets; keep NodePort "
                + "only as the backend of an instance-mode load balancer.");
        rule.docs("https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport");
        rule.example(Examples.of("NET001"));
        rule.check(WARNING, services().that().haveType("NodePort").and().areNotInstanceTargetBackends()
                .should().notBeExposedThroughNodePorts()
                .because("a NodePort listens on every node, so whoever reaches a node reaches the pods"));
        rule.check(INFO, services().that().haveType("NodePort").and().areInstanceTargetBackends()
                .should().notBeExposedThroughNodePorts()
                .because("instance-mode load balancing needs the node port; ip targets would not"));
        rule.check(ERROR, services().that().haveAnyTypeOf("NodePort", "LoadBalancer")
                .should().haveNodePortsWithin(30000, 32767)
                .because("the EKS API server accepts node ports only in its default range 30000-32767"));
        rule.check(ERROR, services().should().haveAValidType()
                .because("the API server rejects any other type"));
        return rule.build();
    }
}
