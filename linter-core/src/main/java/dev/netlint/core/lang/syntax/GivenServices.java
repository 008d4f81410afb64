package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.k8s.Service;

/** {@code services()}: every Service of the input. */
public final class GivenServices {

    private final Subjects<Service> subjects;

    GivenServices(Subjects<Service> subjects) {
        this.subjects = subjects;
    }

    public ServicesThat that() {
        return new ServicesThat(subjects, Subjects.Connective.AND);
    }

    public GivenServicesConjunction that(DescribedPredicate<? super Service> predicate) {
        return that().match(predicate);
    }

    public ServicesShould should() {
        return new ServicesShould(subjects);
    }

    public ConditionRule<Service> should(Condition<? super Service> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
