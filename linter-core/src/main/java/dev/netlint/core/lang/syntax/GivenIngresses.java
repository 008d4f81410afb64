package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.k8s.Ingress;

/** {@code ingresses()}: every Ingress of the input. */
public final class GivenIngresses {

    private final Subjects<Ingress> subjects;

    GivenIngresses(Subjects<Ingress> subjects) {
        this.subjects = subjects;
    }

    public IngressesThat that() {
        return new IngressesThat(subjects, Subjects.Connective.AND);
    }

    public GivenIngressesConjunction that(DescribedPredicate<? super Ingress> predicate) {
        return that().match(predicate);
    }

    public IngressesShould should() {
        return new IngressesShould(subjects);
    }

    public ConditionRule<Ingress> should(Condition<? super Ingress> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
