package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;
import java.util.Map;

/**
 * Worker nodes: a managed {@code aws_eks_node_group}, a self-managed {@code aws_autoscaling_group}, or a single
 * {@code aws_instance}. {@code launchTemplate} is the template the nodes start from, when one is named.
 * {@code clusterTies} says, for an autoscaling group or instance, what in its own settings ties it to an EKS cluster
 * (a {@code kubernetes.io/cluster/<name>} tag, user data that joins a cluster); see {@link EksNodeTies}.
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
                        Location location,
                        List<String> clusterTies) implements TfResource {

    public enum Kind { MANAGED_NODE_GROUP, AUTOSCALING_GROUP, INSTANCE }

    public NodeGroup {
        labels = Map.copyOf(labels);
        clusterTies = List.copyOf(clusterTies);
    }

    /** Nodes with nothing of their own that ties them to a cluster (a managed node group needs nothing). */
    public NodeGroup(String address, Kind kind, Value<ResourceRef> cluster, Value<List<Value<ResourceRef>>> subnetIds,
                     Value<List<Value<String>>> instanceTypes, Value<String> amiType, Map<String, Value<String>> labels,
                     Value<ResourceRef> launchTemplate, Value<List<Value<ResourceRef>>> securityGroupIds,
                     Location location) {
        this(address, kind, cluster, subnetIds, instanceTypes, amiType, labels, launchTemplate, securityGroupIds,
                location, List.of());
    }
}
