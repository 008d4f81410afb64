package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.analysis.ServiceLoadBalancerDefault;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.rules.Examples;
import java.util.List;

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
                + "the Service, so it never gets a load balancer. The controller's Service webhook (v2.5 and later, "
                + "Helm value enableServiceMutatorWebhook, on by default) and EKS Auto Mode give a LoadBalancer "
                + "Service without spec.loadBalancerClass their class when it is created, and a Service with that "
                + "class is reconciled with the default target type: when the input shows either, a missing target "
                + "type is not flagged; when it shows neither, the finding says it assumes the in-tree controller "
                + "is the default. An invalid target type is flagged whoever reconciles the Service.");
        rule.fix("Add service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip (or instance).");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#nlb-target-type");
        rule.example(Examples.of("NET024"));
        rule.check(services().that().haveType("LoadBalancer")
                .should().be(nameATargetTypeWithTheExternalType())
                .because("no controller reconciles an external NLB without a target type"));
        return rule.build();
    }

    /**
     * "name an NLB target type with aws-load-balancer-type external" (NET024): the LBC claims {@code external} only
     * with an ip or instance target type and the in-tree controller ignores it, so nothing provisions the NLB.
     */
    private static Condition<Service> nameATargetTypeWithTheExternalType() {
        return new Condition<>("name an NLB target type when aws-load-balancer-type is external") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!service.loadBalancerClass().isAbsent()) {
                    return;
                }
                Value<String> type = service.meta().annotation(LbcServiceAnalysis.TYPE);
                if (!"external".equals(type.orNull())) {
                    return;
                }
                Value<String> targetType = service.meta().annotation(LbcServiceAnalysis.NLB_TARGET_TYPE);
                if (targetType.isUnknown()) {
                    events.unknown(service, targetType, "annotation " + LbcServiceAnalysis.NLB_TARGET_TYPE);
                } else if (targetType.isAbsent()) {
                    withoutTargetType(service, type, context, events);
                } else if (!List.of("ip", "instance").contains(targetType.orNull())) {
                    events.violation(service, targetType, service.describe() + " sets NLB target type '"
                            + targetType.orNull() + "'; only ip and instance are accepted, so no controller creates its load balancer");
                }
            }
        };
    }

    /**
     * Without a target type the controller does not claim the Service by its annotations, but a Service the workspace's
     * default gives a class on creation (the controller's v2.5+ Service webhook, EKS Auto Mode) is still reconciled,
     * with the controller's default target type: only where the in-tree controller stays the default is nothing made.
     */
    private static void withoutTargetType(Service service, Value<String> type, EvalContext context,
                                          ConditionEvents events) {
        LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
        Tri claimed = lbc.isClaimedByModernController();
        if (claimed.isTrue()) {
            return;
        }
        ServiceLoadBalancerDefault byDefault = lbc.byDefault();
        if (claimed.isUnknown()) {
            events.unverifiable(service, type, "whether a controller creates the load balancer of " + service.describe()
                    + " is not known: " + byDefault.reason());
            return;
        }
        events.add(new Violation(service, type.location(), service.describe() + " sets aws-load-balancer-type: external "
                + "without " + LbcServiceAnalysis.NLB_TARGET_TYPE + ", so no controller creates its load balancer"
                + byDefault.assumptionNote(), byDefault.related(), null));
    }
}
