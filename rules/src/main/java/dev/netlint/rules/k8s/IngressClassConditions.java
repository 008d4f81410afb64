package dev.netlint.rules.k8s;

import dev.netlint.core.analysis.AlbIngressAnalysis;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressClass;
import java.util.List;

/** How Ingresses should choose their controller (RULES.md NET028). */
final class IngressClassConditions {

    private IngressClassConditions() {}

    /**
     * "select their class one way": not both the legacy annotation and {@code spec.ingressClassName} (the API
     * rejects it: error); not the deprecated annotation alone with {@code alb} (the controller then ignores
     * IngressClassParams, Auto Mode ignores it: info); not neither without a default IngressClass (no controller
     * picks it up by default: info).
     */
    static Condition<Ingress> selectTheirClassOneWay() {
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
