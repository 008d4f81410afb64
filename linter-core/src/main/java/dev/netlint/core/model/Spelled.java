package dev.netlint.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A word netlint read into one of a fixed set of meanings ({@link IpFamily}, {@link TargetType}), with the text as
 * written: {@code meaning} is empty when the text names none of them (a typo in an annotation), which logic treats as
 * none of them, never as unknown. Messages show {@link #toString()}, the text as written; logic asks {@link #is}.
 */
public record Spelled<E extends Enum<E>>(Optional<E> meaning, String written) {

    public Spelled {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(written, "written");
    }

    /** True when the text means {@code expected}. */
    public boolean is(E expected) {
        return meaning.isPresent() && meaning.get() == expected;
    }

    @Override
    public String toString() {
        return written;
    }
}
