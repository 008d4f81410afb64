package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;
import static dev.netlint.rules.k8s.IngressClassConditions.selectTheirClassOneWay;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
