package dev.netlint.rules.k8s;

import static dev.netlint.rules.k8s.ServiceLoadBalancerConditions.nameATargetTypeWithTheExternalType;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET024 service-lb-external-without-target-type. Its bad and good examples: {@code dev/netlint/rules/examples/NET024/}. */
public final class ServiceLbExternalWithoutTargetType {

    private ServiceLbExternalWithoutTargetType() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET024", "service-lb-external-without-target-type");
        rule.severity(ERROR);
        rule.summary("aws-load-balancer-type: external needs an NLB target type, or no load balancer is created");
        rule.notes("EKS-NETWORKING.md:172 \"AWS Load Balancer Controller supports registering services both in "
                + "instance mode an IP mode\"");
        rule.rationale("The AWS Load Balancer Controller claims a Service annotated aws-load-balancer-type: external "
                + "only when aws-load-balancer-nlb-target-type is ip or instance (checkAWSLoadBalancerTypeAnnotation), "
                + "and the in-tree controller ignores external. Without a valid target type no controller reconciles "
                + "the Service, so it never gets a load balancer.");
        rule.fix("Add service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip (or instance).");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#nlb-target-type");
        rule.example(Examples.of("NET024"));
        rule.check(services().that().haveType("LoadBalancer")
                .should().be(nameATargetTypeWithTheExternalType())
                .because("no controller reconciles an external NLB without a target type"));
        return rule.build();
    }
}
