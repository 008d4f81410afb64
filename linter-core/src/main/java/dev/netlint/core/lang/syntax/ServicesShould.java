package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.conditions.K8sObjectConditions;
import dev.netlint.core.lang.conditions.ServiceConditions;
import dev.netlint.core.model.k8s.Service;

/** The vocabulary of what Services should be. */
public final class ServicesShould {

    private final Subjects<Service> subjects;

    ServicesShould(Subjects<Service> subjects) {
        this.subjects = subjects;
    }

    public ConditionRule<Service> be(Condition<? super Service> condition) {
        return SelectionSteps.rule(subjects, condition);
    }

    public ConditionRule<Service> notBeExposedThroughNodePorts() {
        return be(ServiceConditions.notBeExposedThroughNodePorts());
    }

    public ConditionRule<Service> haveNodePortsWithin(int from, int to) {
        return be(ServiceConditions.haveNodePortsWithin(from, to));
    }

    public ConditionRule<Service> haveAValidType() {
        return be(ServiceConditions.haveAValidType());
    }

    public ConditionRule<Service> notLoadBalanceIpv6ToInstanceTargets() {
        return be(ServiceConditions.notLoadBalanceIpv6ToInstanceTargets());
    }

    public ConditionRule<Service> useTheLoadBalancerController() {
        return be(ServiceConditions.useTheLoadBalancerController());
    }

    public ConditionRule<Service> haveAnnotation(String key) {
        return be(K8sObjectConditions.haveAnnotation(key));
    }
}
