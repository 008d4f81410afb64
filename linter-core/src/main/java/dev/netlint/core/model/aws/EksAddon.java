package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;

/**
 * An {@code aws_eks_addon}. {@code configurationValues} is the add-on's JSON configuration as text (a
 * {@code jsonencode({...})} expression evaluated, or a literal JSON string); unknown when any part is unknown.
 * {@code addonVersion} is absent when EKS picks its default version for the cluster, which netlint cannot know.
 */
public record EksAddon(String address, Value<ResourceRef> cluster, Value<String> addonName,
                       Value<String> addonVersion, Value<String> configurationValues, Location location)
        implements TfResource {}
