package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.conditions.IngressConditions;
import dev.netlint.core.lang.conditions.K8sObjectConditions;
import dev.netlint.core.model.k8s.Ingress;

/** The vocabulary of what Ingresses should do. */
public final class IngressesShould {

    private final Subjects<Ingress> subjects;

    IngressesShould(Subjects<Ingress> subjects) {
        this.subjects = subjects;
    }

    public ConditionRule<Ingress> be(Condition<? super Ingress> condition) {
        return SelectionSteps.rule(subjects, condition);
    }

    public ConditionRule<Ingress> joinAnIngressGroup() {
        return be(IngressConditions.joinAnIngressGroup());
    }

    public ConditionRule<Ingress> notLoadBalanceIpv6ToInstanceTargets() {
        return be(IngressConditions.notLoadBalanceIpv6ToInstanceTargets());
    }

    public ConditionRule<Ingress> routeInstanceTargetsToNodePorts() {
        return be(IngressConditions.routeInstanceTargetsToNodePorts());
    }

    public ConditionRule<Ingress> haveAnnotation(String key) {
        return be(K8sObjectConditions.haveAnnotation(key));
    }
}
