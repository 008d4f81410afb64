package dev.netlint.core.lang.predicates;

import dev.netlint.core.analysis.NodeSecurityGroups;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.aws.NodeGroup;

/** Noun phrases that select node groups. */
public final class NodeGroupPredicates {

    private NodeGroupPredicates() {}

    /**
     * Nodes whose security groups are set by their launch template (or instance), so EKS adds no cluster security
     * group and what Terraform writes is all they get.
     */
    public static DescribedPredicate<NodeGroup> setTheirOwnSecurityGroups() {
        return DescribedPredicate.of("set their own security groups",
                (n, c) -> Tri.of(NodeSecurityGroups.of(n, c).isChecked()));
    }

    public static DescribedPredicate<NodeGroup> areOfKind(NodeGroup.Kind kind) {
        return DescribedPredicate.of("are of kind " + kind, (n, c) -> Tri.of(n.kind() == kind));
    }
}
