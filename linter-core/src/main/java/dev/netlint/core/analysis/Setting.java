package dev.netlint.core.analysis;

import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Value;
import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An effective setting after precedence has been applied: a {@link Value} that is known or unknown (never absent:
 * precedence ends in a default), and in words what decided it, so findings can show why they hold.
 * <ul>
 * <li>Known and written: the value where it is written ({@link #writtenAt()}); {@code origin} names the place.</li>
 * <li>Known by default (a built-in default, a command-line option): located nowhere, {@link #writtenAt()} is empty.</li>
 * <li>Unknown: {@code origin} says why, and the {@link Value.Unknown} is located where the unresolvable value is
 * written, or nowhere when nothing is written (for --strict, {@link #unknownAtOr}).</li>
 * </ul>
 * {@code byClassParams} is true when an IngressClassParams object decided it, which findings point at as well.
 */
public record Setting<T>(Value<T> value, String origin, boolean byClassParams) {

    public Setting {
        Objects.requireNonNull(value, "value");
        if (value.isAbsent()) {
            throw new IllegalArgumentException("an effective setting is known or unknown, never absent");
        }
    }

    /** A value written at {@code at}. */
    public static <T> Setting<T> written(T value, Location at, String origin) {
        return new Setting<>(Value.known(value, at), origin, false);
    }

    /** A value written at {@code at} in IngressClassParams. */
    public static <T> Setting<T> writtenInClassParams(T value, Location at, String origin) {
        return new Setting<>(Value.known(value, at), origin, true);
    }

    /** A value nobody wrote in the input: a built-in default or a command-line option. */
    public static <T> Setting<T> byDefault(T value, String origin) {
        return new Setting<>(Value.known(value, null), origin, false);
    }

    /** A setting whose value cannot be worked out, for the reason {@code why}, with nothing written to point at. */
    public static <T> Setting<T> unknown(String why) {
        return new Setting<>(Value.unknown(why, null), why, false);
    }

    /** A setting written at {@code at} whose value cannot be worked out, for the reason {@code why}. */
    public static <T> Setting<T> unknown(String why, Location at) {
        return new Setting<>(Value.unknown(why, at), why, false);
    }

    public boolean isKnown() {
        return value.isKnown();
    }

    /** True when known and equal to {@code expected}. */
    public boolean is(T expected) {
        return value instanceof Value.Known<T> known && known.value().equals(expected);
    }

    /** True when known and its value, a word read into an enum, means {@code expected}. */
    public <E extends Enum<E>> boolean means(E expected) {
        return value instanceof Value.Known<T> known && known.value() instanceof Spelled<?> word
                && word.meaning().filter(expected::equals).isPresent();
    }

    /** The known value; only to be asked of a known setting. */
    public T get() {
        if (value instanceof Value.Known<T> known) {
            return known.value();
        }
        throw new IllegalStateException("unknown setting: " + origin);
    }

    /** Where a known setting is written; empty for a default and for an unknown setting. */
    public Optional<Location> writtenAt() {
        return value.isKnown() ? Optional.ofNullable(value.location()) : Optional.empty();
    }

    /** Where to point at when this setting left a check undecided: where it is written, else {@code fallback}. */
    public HasLocation unknownAtOr(HasLocation fallback) {
        Location at = value.isUnknown() ? value.location() : null;
        return at != null ? () -> at : fallback;
    }

    /** The same setting with its known value mapped. */
    public <R> Setting<R> map(Function<? super T, ? extends R> mapper) {
        if (value instanceof Value.Known<T> known) {
            return new Setting<>(Value.known(mapper.apply(known.value()), known.location()), origin, byClassParams);
        }
        return new Setting<>(Value.unknown(origin, value.location()), origin, byClassParams);
    }
}
