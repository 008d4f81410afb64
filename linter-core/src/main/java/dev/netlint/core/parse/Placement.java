package dev.netlint.core.parse;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * Where something is shown to the user: its place and the other places that explain it. Parsers that know where
 * generated text came from (a rendered Helm chart, a module {@code terraform init} cached) move a placement back to
 * what the user wrote; the engine applies the result to its findings, so a parser never handles a finding.
 */
public record Placement(Location location, List<RelatedLocation> related) {

    public Placement {
        related = List.copyOf(related);
    }
}
