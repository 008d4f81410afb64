package dev.netlint.core.model;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A setting as netlint knows it: known (with the place it was written), unknown (written, but its value cannot be
 * worked out statically: {@code var.x} without default, a module output), or absent (not written at all, located at
 * the element that lacks it, so "missing" findings point at the right block).
 * Rules treat unknown as "cannot tell" and never flag on it.
 */
public sealed interface Value<T> extends HasLocation {

    record Known<T>(T value, Location location) implements Value<T> {
        public Known {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code reason} says why, for --strict output: "var.project has no default", "module output". */
    record Unknown<T>(String reason, Location location) implements Value<T> {}

    record Absent<T>(Location location) implements Value<T> {}

    static <T> Value<T> known(T value, Location at) {
        return new Known<>(value, at);
    }

    static <T> Value<T> unknown(String reason, Location at) {
        return new Unknown<>(reason, at);
    }

    static <T> Value<T> absent(Location parent) {
        return new Absent<>(parent);
    }

    default boolean isKnown() {
        return this instanceof Known;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    /**
     * The value when known, otherwise null: for comparing with a literal or reading text; to tell unknown from not
     * written, ask {@link #isUnknown()} or use {@link #test}, never a null check.
     */
    default T orNull() {
        return this instanceof Known<T> known ? known.value() : null;
    }

    /** This value, or {@code whenAbsent} located where it is missing when it is not written; unknown stays unknown. */
    default Value<T> orElse(T whenAbsent) {
        return this instanceof Absent<T> absent ? new Known<>(whenAbsent, absent.location()) : this;
    }

    /** Three-valued test: TRUE or FALSE when known, UNKNOWN otherwise. Absent values are tested against null. */
    default Tri test(Predicate<? super T> predicate) {
        if (this instanceof Known<T> known) {
            return Tri.of(predicate.test(known.value()));
        }
        return isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
    }

    default <R> Value<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Known<T> known) {
            R mapped = mapper.apply(known.value());
            return mapped == null ? new Absent<>(known.location()) : new Known<>(mapped, known.location());
        }
        if (this instanceof Unknown<T> unknown) {
            return new Unknown<>(unknown.reason(), unknown.location());
        }
        return new Absent<>(location());
    }
}
