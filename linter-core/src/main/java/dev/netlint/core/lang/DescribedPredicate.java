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

    /**
     * Why {@link #test} is UNKNOWN for {@code element}: where the undecidable value is written and what it is, for
     * --strict. Null when the predicate cannot say (the rule then reports the element itself).
     */
    public Reason whyUnknown(T element, EvalContext context) {
        return null;
    }

    /** A place and a sentence: "ingressClassName is not known: template expression {{ .Values.class }}". */
    public record Reason(dev.netlint.core.source.Location location, String message) {

        /** "{@code what} is not known: {value's reason}" at the value, when {@code value} is unknown; else null. */
        public static Reason ofUnknown(dev.netlint.core.model.Value<?> value, String what) {
            return value instanceof dev.netlint.core.model.Value.Unknown<?> unknown
                    ? new Reason(unknown.location(), what + " is not known: " + unknown.reason()) : null;
        }

        /** The same place and sentence as what an analysis could not decide; null for null. */
        public static Reason of(dev.netlint.core.analysis.Undecided undecided) {
            return undecided == null ? null : new Reason(undecided.location(), undecided.message());
        }
    }

    public static <T> DescribedPredicate<T> of(String description, BiFunction<T, EvalContext, Tri> test) {
        return of(description, test, (e, c) -> null);
    }

    /** A predicate that can say why its answer is unknown. */
    public static <T> DescribedPredicate<T> of(String description, BiFunction<T, EvalContext, Tri> test,
                                               BiFunction<T, EvalContext, Reason> whyUnknown) {
        return new DescribedPredicate<>(description) {
            @Override
            public Tri test(T element, EvalContext context) {
                return test.apply(element, context);
            }

            @Override
            public Reason whyUnknown(T element, EvalContext context) {
                return whyUnknown.apply(element, context);
            }
        };
    }

    public DescribedPredicate<T> and(DescribedPredicate<? super T> other) {
        return of(description + " and " + other.description(), (e, c) -> test(e, c).and(other.test(e, c)),
                (e, c) -> firstUnknown(e, c, this, other));
    }

    public DescribedPredicate<T> or(DescribedPredicate<? super T> other) {
        return of(description + " or " + other.description(), (e, c) -> test(e, c).or(other.test(e, c)),
                (e, c) -> firstUnknown(e, c, this, other));
    }

    /** The same test under another description. */
    public DescribedPredicate<T> as(String newDescription) {
        DescribedPredicate<T> self = this;
        return of(newDescription, self::test, self::whyUnknown);
    }

    public static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
        return of("not " + predicate.description(), (e, c) -> predicate.test(e, c).not(), predicate::whyUnknown);
    }

    private static <T> Reason firstUnknown(T element, EvalContext context, DescribedPredicate<? super T> first,
                                           DescribedPredicate<? super T> second) {
        return first.test(element, context).isUnknown() ? first.whyUnknown(element, context)
                : second.whyUnknown(element, context);
    }

    @Override
    public String toString() {
        return description;
    }
}
