package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;
import static dev.netlint.rules.k8s.IngressGroupConditions.agreeWithTheirGroup;
import static dev.netlint.rules.k8s.IngressGroupConditions.haveAValidGroupNameAndOrder;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET029 alb-ingress-group-invalid. Its bad and good examples: {@code dev/netlint/rules/examples/NET029/}. */
public final class AlbIngressGroupInvalid {

    private AlbIngressGroupInvalid() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET029", "alb-ingress-group-invalid");
        rule.severity(ERROR);
        rule.summary("An IngressGroup needs a valid name and order, and its Ingresses must agree on exclusive "
                + "settings");
        rule.notes("EKS-NETWORKING.md:180 \"We can also share ALB with multiple services by using the following "
                + "annotation: `alb.ingress.kubernetes.io/group.name: my-group`\"");
        rule.rationale("The AWS Load Balancer Controller (group_loader.go) accepts group names matching "
                + "^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$ of at most 63 characters and group.order integers from -1000 to "
                + "1000. Settings such as scheme, ip-address-type, subnets, security-groups, ssl-policy or "
                + "wafv2-acl-arn belong to the one ALB of a group: when two Ingresses of a group set different values, "
                + "the controller fails the whole group. A group that spans namespaces without an IngressClassParams "
                + "namespaceSelector lets any namespace change the shared ALB (info; the controller documentation "
                + "warns to group only within one trust boundary).");
        rule.fix("Use a lowercase DNS-label-like group name, an order from -1000 to 1000, and set each exclusive "
                + "annotation on one Ingress of the group only (or to the same value everywhere).");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup");
        rule.example(Examples.of("NET029"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().be(haveAValidGroupNameAndOrder(-1000, 1000))
                .because("the controller rejects the Ingress otherwise"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().be(agreeWithTheirGroup())
                .because("one ALB cannot have two values of an exclusive setting"));
        return rule.build();
    }
}
