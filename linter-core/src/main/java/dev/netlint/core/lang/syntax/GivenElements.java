package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;

/**
 * Subjects that have no vocabulary of their own yet: select with {@code that(predicate)}, check with
 * {@code should(condition)}. Every step returns a new object.
 */
public final class GivenElements<T> {

    private final Subjects<T> subjects;

    GivenElements(Subjects<T> subjects) {
        this.subjects = subjects;
    }

    public GivenElements<T> that(DescribedPredicate<? super T> predicate) {
        return new GivenElements<>(subjects.with(Subjects.Connective.AND, predicate));
    }

    public GivenElements<T> and(DescribedPredicate<? super T> predicate) {
        return new GivenElements<>(subjects.with(Subjects.Connective.AND, predicate));
    }

    public GivenElements<T> or(DescribedPredicate<? super T> predicate) {
        return new GivenElements<>(subjects.with(Subjects.Connective.OR, predicate));
    }

    public ConditionRule<T> should(Condition<? super T> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
