package dev.netlint.core.model.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which compute resources are EKS nodes. A managed {@code aws_eks_node_group} always is. An
 * {@code aws_autoscaling_group} or {@code aws_instance} is only when the input ties it to a cluster: its own or its
 * launch template's {@code kubernetes.io/cluster/<name>} tag (the tag EKS and the cluster autoscaler documentation
 * require on self-managed nodes), user data that joins a cluster (the EKS AMI's {@code /etc/eks/bootstrap.sh},
 * a nodeadm {@code NodeConfig} of {@code node.eks.aws}, Bottlerocket's {@code [settings.kubernetes]}, the Windows
 * AMI's {@code Start-EKSBootstrap.ps1}: the ways AWS's "self-managed nodes" guides join a node), or a launch
 * template that an {@code aws_eks_node_group} of the input also uses. Anything else (a web server, a bastion) is left
 * alone by every node rule.
 */
public final class EksNodeTies {

    /** The tag prefix that marks a resource as belonging to a cluster. */
    public static final String CLUSTER_TAG = "kubernetes.io/cluster/";

    private EksNodeTies() {}

    /** The nodes among {@code all} that are EKS nodes, in the same order. */
    public static List<NodeGroup> eksNodes(List<NodeGroup> all, List<LaunchTemplate> templates) {
        Set<LaunchTemplate> usedByNodeGroups = new HashSet<>();
        for (NodeGroup nodes : all) {
            if (nodes.kind() == NodeGroup.Kind.MANAGED_NODE_GROUP) {
                templateOf(nodes, templates).ifPresent(usedByNodeGroups::add);
            }
        }
        List<NodeGroup> eks = new ArrayList<>();
        for (NodeGroup nodes : all) {
            if (nodes.kind() == NodeGroup.Kind.MANAGED_NODE_GROUP || !nodes.clusterTies().isEmpty()) {
                eks.add(nodes);
                continue;
            }
            Optional<LaunchTemplate> template = templateOf(nodes, templates);
            if (template.isPresent() && (usedByNodeGroups.contains(template.get())
                    || !template.get().clusterTies().isEmpty()
                    || joinsACluster(template.get().userData().orNull()) != null)) {
                eks.add(nodes);
            }
        }
        return eks;
    }

    /** What in a user data script joins a cluster, or null when nothing does (or the script is not known). */
    public static String joinsACluster(String userData) {
        if (userData == null) {
            return null;
        }
        if (userData.contains("/etc/eks/bootstrap.sh")) {
            return "user data runs /etc/eks/bootstrap.sh";
        }
        if (userData.contains("node.eks.aws/") && userData.contains("NodeConfig")) {
            return "user data holds a nodeadm NodeConfig";
        }
        if (userData.contains("[settings.kubernetes]")) {
            return "user data holds Bottlerocket [settings.kubernetes]";
        }
        if (userData.toLowerCase(Locale.ROOT).contains("start-eksbootstrap.ps1")) {
            return "user data runs Start-EKSBootstrap.ps1";
        }
        return null;
    }

    private static Optional<LaunchTemplate> templateOf(NodeGroup nodes, List<LaunchTemplate> templates) {
        ResourceRef ref = nodes.launchTemplate().orNull();
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.isResource()) {
            return templates.stream().filter(t -> t.address().equals(ref.address())).findFirst();
        }
        return templates.stream().filter(t -> ref.literal().equals(t.name().orNull())).findFirst();
    }
}
