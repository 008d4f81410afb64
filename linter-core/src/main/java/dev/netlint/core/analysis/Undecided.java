package dev.netlint.core.analysis;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.Optional;

/**
 * Why an analysis could not decide, and where to look: "a subnet of aws_eks_cluster.main is not known: output of
 * module.vpc" at the unknown value. Rules turn it into what --strict shows.
 */
public record Undecided(Location location, String message) implements HasLocation {

    /** "{@code what} is not known: {value's reason}" at the value, when {@code value} is unknown; else empty. */
    public static Optional<Undecided> ofUnknown(Value<?> value, String what) {
        return value instanceof Value.Unknown<?> unknown
                ? Optional.of(new Undecided(unknown.location(), what + " is not known: " + unknown.reason()))
                : Optional.empty();
    }
}
