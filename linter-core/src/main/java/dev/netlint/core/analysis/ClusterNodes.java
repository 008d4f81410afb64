package dev.netlint.core.analysis;

import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes that run in a cluster's network, as the rules about cluster and node subnets see them (NET009 keeps
 * the cluster subnets apart from them, NET011 checks their subnets of an ipv6 cluster).
 */
public final class ClusterNodes {

    private ClusterNodes() {}

    /** Managed node groups of the cluster; self-managed nodes too when the input holds only this one cluster. */
    public static List<NodeGroup> of(EksCluster cluster, AnalysisContext context) {
        List<NodeGroup> nodes = new ArrayList<>(ClusterNetwork.nodeGroupsOf(cluster, context));
        if (context.workspace().clusters().size() == 1) {
            for (NodeGroup group : context.workspace().nodeGroups()) {
                if (group.kind() != NodeGroup.Kind.MANAGED_NODE_GROUP && !nodes.contains(group)) {
                    nodes.add(group);
                }
            }
        }
        return nodes;
    }
}
