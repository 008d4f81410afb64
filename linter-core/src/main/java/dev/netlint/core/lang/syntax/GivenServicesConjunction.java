package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.k8s.Service;

/** After a Service predicate: another predicate ({@code and()}, {@code or()}) or the condition ({@code should()}). */
public final class GivenServicesConjunction {

    private final Subjects<Service> subjects;

    GivenServicesConjunction(Subjects<Service> subjects) {
        this.subjects = subjects;
    }

    public ServicesThat and() {
        return new ServicesThat(subjects, Subjects.Connective.AND);
    }

    public ServicesThat or() {
        return new ServicesThat(subjects, Subjects.Connective.OR);
    }

    public GivenServicesConjunction and(DescribedPredicate<? super Service> predicate) {
        return and().match(predicate);
    }

    public GivenServicesConjunction or(DescribedPredicate<? super Service> predicate) {
        return or().match(predicate);
    }

    public ServicesShould should() {
        return new ServicesShould(subjects);
    }

    public ConditionRule<Service> should(Condition<? super Service> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
