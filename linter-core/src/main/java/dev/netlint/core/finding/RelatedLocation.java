package dev.netlint.core.finding;

import dev.netlint.core.source.Location;

/** Another place that makes a finding true: the launch template that attaches a group, the cluster's ip_family. */
public record RelatedLocation(Location location, String message) {}
