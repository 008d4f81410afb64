package dev.netlint.core.lang;

import dev.netlint.core.model.Tri;
import java.util.function.BiFunction;

/**
 * A noun phrase that selects subjects ("have type 'NodePort'"), answering in three values: an element whose answer
 * is unknown is never selected, so a rule never fires on what netlint could not resolve.
 */
public abstract class DescribedPredicate<T> {

    private final String description;

    protected DescribedPredicate(String description) {
        this.description = description;
    }

    public final String description() {
        return description;
    }

    public abstract Tri test(T element, EvalContext context);

    public static <T> DescribedPredicate<T> of(String description, BiFunction<T, EvalContext, Tri> test) {
        return new DescribedPredicate<>(description) {
            @Override
            public Tri test(T element, EvalContext context) {
                return test.apply(element, context);
            }
        };
    }

    public DescribedPredicate<T> and(DescribedPredicate<? super T> other) {
        return of(description + " and " + other.description(), (e, c) -> test(e, c).and(other.test(e, c)));
    }

    public DescribedPredicate<T> or(DescribedPredicate<? super T> other) {
        return of(description + " or " + other.description(), (e, c) -> test(e, c).or(other.test(e, c)));
    }

    /** The same test under another description. */
    public DescribedPredicate<T> as(String newDescription) {
        DescribedPredicate<T> self = this;
        return of(newDescription, self::test);
    }

    public static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
        return of("not " + predicate.description(), (e, c) -> predicate.test(e, c).not());
    }

    @Override
    public String toString() {
        return description;
    }
}
