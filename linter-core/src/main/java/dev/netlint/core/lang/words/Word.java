package dev.netlint.core.lang.words;

import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.source.Location;

/**
 * A predicate of the generic vocabulary ({@link Words}) that can also say where its answer was decided: the field
 * value, the port entry or the {@code metadata:} key. A check made of it ({@link Words#satisfy}) reports there.
 */
public abstract class Word<T> extends DescribedPredicate<T> {

    protected Word(String description) {
        super(description);
    }

    /** Where the answer for {@code element} was decided, or null when only the element itself can be named. */
    public abstract Location where(T element, EvalContext context);

    /** {@link #where} of any predicate: null for one that is not a {@link Word}. */
    @SuppressWarnings("unchecked")
    static <T> Location whereOf(DescribedPredicate<? super T> predicate, T element, EvalContext context) {
        return predicate instanceof Word<?> word ? ((Word<T>) word).where(element, context) : null;
    }
}
