package dev.netlint.core.lang.predicates;

import dev.netlint.core.analysis.NodeSecurityGroups;
import dev.netlint.core.analysis.NodeUserData;
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

    /** Nodes that start from a launch template of the input whose {@code user_data} Terraform can evaluate. */
    public static DescribedPredicate<NodeGroup> haveKnownUserData() {
        return DescribedPredicate.of("start from launch template user data netlint can read",
                (n, c) -> NodeUserData.templateOf(n, c)
                        .map(t -> t.userData().isKnown() ? Tri.TRUE : t.userData().isUnknown() ? Tri.UNKNOWN : Tri.FALSE)
                        .orElse(Tri.FALSE),
                (n, c) -> NodeUserData.templateOf(n, c)
                        .map(t -> DescribedPredicate.Reason.ofUnknown(t.userData(), "the user data of " + t.address()))
                        .orElse(null));
    }

    /**
     * Nodes whose max-pods only their own bootstrap sets: self-managed, or a managed node group whose launch
     * template sets {@code image_id} (a custom AMI, for which EKS neither calculates max-pods nor merges user data).
     */
    public static DescribedPredicate<NodeGroup> areSelfManagedOrRunACustomAmi() {
        return DescribedPredicate.of("are self-managed or run a custom AMI",
                (n, c) -> Tri.of(NodeUserData.of(n, c).map(NodeUserData::bootstrapsThemselves).orElse(false)));
    }
}
