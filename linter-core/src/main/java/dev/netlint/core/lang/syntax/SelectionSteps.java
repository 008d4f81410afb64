package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import java.util.List;
import java.util.function.Function;

/**
 * The shared mechanics behind every subject's fluent steps: a "that" step adds a predicate with the pending
 * connective, a conjunction step picks the next connective or moves on to "should". Typed subclasses only add the
 * vocabulary of their subject.
 *
 * @param <T> the subject type
 * @param <C> the subject's conjunction type, returned after each predicate
 */
public abstract class SelectionSteps<T, C> {

    private final Subjects<T> subjects;
    private final Subjects.Connective connective;
    private final Function<Subjects<T>, C> conjunction;

    protected SelectionSteps(Subjects<T> subjects, Subjects.Connective connective, Function<Subjects<T>, C> conjunction) {
        this.subjects = subjects;
        this.connective = connective;
        this.conjunction = conjunction;
    }

    /** Selects by any predicate, including users' own. */
    public C match(DescribedPredicate<? super T> predicate) {
        return conjunction.apply(subjects.with(connective, predicate));
    }

    protected final C add(DescribedPredicate<? super T> predicate) {
        return match(predicate);
    }

    /** Starts a rule over these subjects with a condition. */
    static <T> ConditionRule<T> rule(Subjects<T> subjects, Condition<? super T> condition) {
        return new ConditionRule<>(subjects, List.of(condition), null);
    }
}
