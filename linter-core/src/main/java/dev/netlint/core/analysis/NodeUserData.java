package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.Optional;

/**
 * The launch template nodes start from and what its decoded {@code user_data} configures for max-pods. Findings
 * about user data point at the template's {@code user_data} attribute: netlint cannot point inside encoded data.
 */
public record NodeUserData(NodeGroup nodes, LaunchTemplate template, Value<String> userData, UserDataMaxPods maxPods) {

    /** The launch template of the input the nodes name, when it is there (whatever its user data). */
    public static Optional<LaunchTemplate> templateOf(NodeGroup nodes, AnalysisContext context) {
        return Optional.ofNullable(nodes.launchTemplate().orNull())
                .flatMap(ref -> NodeSecurityGroups.launchTemplate(ref, context));
    }

    /** Present when the nodes name a launch template of the input whose user data Terraform could evaluate. */
    public static Optional<NodeUserData> of(NodeGroup nodes, AnalysisContext context) {
        return Optional.ofNullable(nodes.launchTemplate().orNull())
                .flatMap(ref -> NodeSecurityGroups.launchTemplate(ref, context))
                .filter(template -> template.userData().isKnown())
                .map(template -> new NodeUserData(nodes, template, template.userData(),
                        UserDataMaxPods.read(template.userData().orNull())));
    }

    /**
     * True when nothing computes max-pods for the nodes but their own bootstrap: a managed node group whose
     * launch template sets {@code image_id} (EKS neither calculates max-pods nor merges user data for a custom
     * AMI) or self-managed nodes (autoscaling group, instance).
     */
    public boolean bootstrapsThemselves() {
        return nodes.kind() != NodeGroup.Kind.MANAGED_NODE_GROUP || !template.imageId().isAbsent();
    }

    /** Where the nodes are, told as starting from the template: a related location of findings about its user data. */
    public RelatedLocation usedBy() {
        return new RelatedLocation(nodes().location(), "the nodes of " + nodes().address()
                + " start from " + template().address());
    }
}
