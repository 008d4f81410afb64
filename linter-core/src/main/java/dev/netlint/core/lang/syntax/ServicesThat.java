package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.predicates.ServicePredicates;
import dev.netlint.core.model.k8s.Service;

/** The vocabulary that selects Services. */
public final class ServicesThat extends SelectionSteps<Service, GivenServicesConjunction> {

    ServicesThat(Subjects<Service> subjects, Subjects.Connective connective) {
        super(subjects, connective, GivenServicesConjunction::new);
    }

    public GivenServicesConjunction haveType(String type) {
        return add(ServicePredicates.haveType(type));
    }

    public GivenServicesConjunction haveAnyTypeOf(String... types) {
        return add(ServicePredicates.haveAnyTypeOf(types));
    }

    public GivenServicesConjunction areInNamespace(String namespace) {
        return add(ServicePredicates.areInNamespace(namespace));
    }

    public GivenServicesConjunction haveAnnotation(String key) {
        return add(ServicePredicates.haveAnnotation(key));
    }

    public GivenServicesConjunction areInstanceTargetBackends() {
        return add(ServicePredicates.areInstanceTargetBackends());
    }

    public GivenServicesConjunction areNotInstanceTargetBackends() {
        return add(DescribedPredicate.not(ServicePredicates.areInstanceTargetBackends())
                .as("are not instance-target backends of a load balancer"));
    }

    public GivenServicesConjunction areClaimedByTheLoadBalancerController() {
        return add(ServicePredicates.areClaimedByTheLoadBalancerController());
    }
}
