package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;

import dev.netlint.core.analysis.AlbIngressAnalysis;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressClass;
import dev.netlint.rules.Examples;
import java.util.List;

/** NET028 ingress-class-selection. Its bad and good examples: {@code dev/netlint/rules/examples/NET028/}. */
public final class IngressClassSelection {

    private IngressClassSelection() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET028", "ingress-class-selection");
        rule.severity(ERROR);
        rule.summary("An Ingress should choose its controller through spec.ingressClassName alone");
        rule.notes("EKS-NETWORKING.md:174-176 \"`ServiceType=Ingress`: ... Handled by AWS Load Balancer Controller\"");
        rule.rationale("The API server rejects an Ingress that sets both the kubernetes.io/ingress.class annotation "
                + "and spec.ingressClassName (\"can not be set when the class field is also set\"). The annotation "
                + "alone is deprecated: the AWS Load Balancer Controller gives it priority and then does not apply "
                + "IngressClassParams, and EKS Auto Mode does not support it (info). An Ingress with neither, and no "
                + "default IngressClass in the input, is ignored by the controller by default (info). Checking that "
                + "the named IngressClass exists needs a complete input and is not done. Controller and Auto Mode: a "
                + "helm_release of the AWS Load Balancer Controller's chart counts as the IngressClass the chart "
                + "creates (named by ingressClass, default alb; the default class when ingressClassConfig.default is "
                + "true; none when createIngressClassResource is false); EKS Auto Mode's own IngressClass must be in "
                + "the input to count.");
        rule.fix("Use only spec.ingressClassName, naming an IngressClass whose controller is ingress.k8s.aws/alb.");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/");
        rule.example(Examples.of("NET028"));
        rule.check(ingresses().should().be(selectTheirClassOneWay())
                .because("the class decides which controller, if any, provisions the Ingress"));
        return rule.build();
    }

    /**
     * "select their class one way": not both the legacy annotation and {@code spec.ingressClassName} (the API
     * rejects it: error); not the deprecated annotation alone with {@code alb} (the controller then ignores
     * IngressClassParams, Auto Mode ignores it: info); not neither without a default IngressClass (no controller
     * picks it up by default: info).
     */
    private static Condition<Ingress> selectTheirClassOneWay() {
        return new Condition<>("select their ingress class through spec.ingressClassName only") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                Value<String> annotation = ingress.meta().annotation(AlbIngressAnalysis.LEGACY_CLASS_ANNOTATION);
                Value<String> className = ingress.ingressClassName();
                if (!annotation.isAbsent() && !className.isAbsent()) {
                    events.violation(ingress, annotation, ingress.describe() + " sets both the "
                                    + AlbIngressAnalysis.LEGACY_CLASS_ANNOTATION + " annotation and spec.ingressClassName; "
                                    + "the API server rejects it: \"can not be set when the class field is also set\"",
                            new RelatedLocation(className.location(), "spec.ingressClassName here"));
                } else if ("alb".equals(annotation.orNull())) {
                    events.add(new Violation(ingress, annotation.location(), ingress.describe()
                            + " selects the ALB controller through the deprecated " + AlbIngressAnalysis.LEGACY_CLASS_ANNOTATION
                            + " annotation, which skips IngressClassParams and is not supported by EKS Auto Mode",
                            List.of(), Severity.INFO));
                } else if (annotation.isAbsent() && className.isAbsent()) {
                    boolean hasDefault = context.workspace().ingressClasses().stream().anyMatch(IngressClass::isDefault);
                    if (!hasDefault) {
                        events.add(new Violation(ingress, ingress.meta().metadataLocation(), ingress.describe()
                                + " names no ingress class and the input has no default IngressClass; "
                                + "the AWS Load Balancer Controller ignores such Ingresses by default",
                                List.of(), Severity.INFO));
                    }
                }
            }
        };
    }
}
