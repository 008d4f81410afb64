package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;

/** An {@code aws_eks_fargate_profile}: pods it selects run on Fargate, not on EC2 nodes. */
public record FargateProfile(String address, Value<ResourceRef> cluster, Location location) implements TfResource {}
