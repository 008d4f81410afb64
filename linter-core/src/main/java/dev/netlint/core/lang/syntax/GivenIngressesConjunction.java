package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.k8s.Ingress;

/** After a Ingress predicate: another predicate ({@code and()}, {@code or()}) or the condition ({@code should()}). */
public final class GivenIngressesConjunction {

    private final Subjects<Ingress> subjects;

    GivenIngressesConjunction(Subjects<Ingress> subjects) {
        this.subjects = subjects;
    }

    public IngressesThat and() {
        return new IngressesThat(subjects, Subjects.Connective.AND);
    }

    public IngressesThat or() {
        return new IngressesThat(subjects, Subjects.Connective.OR);
    }

    public GivenIngressesConjunction and(DescribedPredicate<? super Ingress> predicate) {
        return and().match(predicate);
    }

    public GivenIngressesConjunction or(DescribedPredicate<? super Ingress> predicate) {
        return or().match(predicate);
    }

    public IngressesShould should() {
        return new IngressesShould(subjects);
    }

    public ConditionRule<Ingress> should(Condition<? super Ingress> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
