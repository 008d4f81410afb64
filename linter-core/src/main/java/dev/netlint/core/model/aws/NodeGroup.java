package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;
import java.util.Map;

/**
 * Worker nodes: a managed {@code aws_eks_node_group}, a self-managed {@code aws_autoscaling_group}, or a single
 * {@code aws_instance}. {@code launchTemplate} is the template the nodes start from, when one is named.
 */
public record NodeGroup(String address,
                        Kind kind,
                        Value<ResourceRef> cluster,
                        Value<List<Value<ResourceRef>>> subnetIds,
                        Value<List<Value<String>>> instanceTypes,
                        Value<String> amiType,
                        Map<String, Value<String>> labels,
                        Value<ResourceRef> launchTemplate,
                        Value<List<Value<ResourceRef>>> securityGroupIds,
                        Location location) implements TfResource {

    public enum Kind { MANAGED_NODE_GROUP, AUTOSCALING_GROUP, INSTANCE }

    public NodeGroup {
        labels = Map.copyOf(labels);
    }
}
