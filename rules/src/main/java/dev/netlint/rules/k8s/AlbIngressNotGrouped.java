package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET003 alb-ingress-not-grouped. Its bad and good examples: {@code dev/netlint/rules/examples/NET003/}. */
public final class AlbIngressNotGrouped {

    private AlbIngressNotGrouped() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET003", "alb-ingress-not-grouped");
        rule.severity(WARNING);
        rule.summary("An ALB Ingress outside any IngressGroup gets an ALB of its own");
        rule.notes("EKS-NETWORKING.md:180 \"We can also share ALB with multiple services by using the following "
                + "annotation: `alb.ingress.kubernetes.io/group.name: my-group`\"; EKS-NETWORKING.md:173 \"Each "
                + "service needs a dedicated NLB => scaling and management is a challenge\"");
        rule.rationale("The AWS Load Balancer Controller provisions one ALB per IngressGroup. An Ingress without "
                + "IngressClassParams spec.group.name and without the group.name annotation is an implicit group of "
                + "its own, so every such Ingress costs a load balancer. Ingresses with the same scheme and IP address "
                + "type could share one (warning); a lone ungrouped Ingress is reported as info. EKS Auto Mode ignores "
                + "the annotation, so there only IngressClassParams spec.group.name groups Ingresses. Group only "
                + "within one trust boundary.");
        rule.fix("Add the annotation alb.ingress.kubernetes.io/group.name with a team group name, or set "
                + "spec.group.name in the IngressClassParams.");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup");
        rule.example(Examples.of("NET003"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().joinAnIngressGroup()
                .because("without a group every Ingress provisions its own ALB"));
        return rule.build();
    }
}
