package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The security groups on a node group's network interfaces (RULES.md NET002, "which ENI sets are checked").
 * When a launch template sets groups, EKS adds nothing, so those groups are everything the nodes get. When it sets
 * none, a managed node group gets the EKS cluster security group, whose allow-all egress Terraform does not manage:
 * such nodes are not {@link #isChecked() checked}.
 *
 * @param groups the groups found in the input
 * @param complete false when some attached group is not in the input (a literal id, a module output), so a missing
 *                 egress rule could be supplied by a group netlint cannot see
 * @param attachedAt where the groups are attached (the launch template's attribute, or the instance's)
 * @param notFound     the first attached group that is not in the input (null when complete), for --strict
 */
public record NodeSecurityGroups(NodeGroup nodes, List<SecurityGroup> groups, boolean complete, boolean checked,
                                 Location attachedAt, String attachedBy, Value<ResourceRef> notFound) {

    public NodeSecurityGroups(NodeGroup nodes, List<SecurityGroup> groups, boolean complete, boolean checked,
                              Location attachedAt, String attachedBy) {
        this(nodes, groups, complete, checked, attachedAt, attachedBy, null);
    }

    /** Why a group attached to the nodes cannot be seen, as a sentence for --strict (empty when complete). */
    public Optional<String> whyIncomplete() {
        if (notFound == null) {
            return Optional.empty();
        }
        if (notFound instanceof Value.Unknown<ResourceRef> unknown) {
            return Optional.of("a security group attached to " + nodes.address() + " is not known: " + unknown.reason());
        }
        ResourceRef ref = notFound.orNull();
        return Optional.of("security group " + ref + " attached to " + nodes.address() + " is not in the input, and could"
                + " allow what is missing");
    }

    public boolean isChecked() {
        return checked;
    }

    public static NodeSecurityGroups of(NodeGroup nodes, AnalysisContext context) {
        Value<List<Value<ResourceRef>>> refs = nodes.securityGroupIds();
        String attachedBy = nodes.address();
        Value<ResourceRef> templateRef = nodes.launchTemplate();
        if (refs.isAbsent() && templateRef.isKnown()) {
            Optional<LaunchTemplate> template = launchTemplate(templateRef.orNull(), context);
            if (template.isPresent()) {
                refs = template.get().securityGroupIds();
                attachedBy = template.get().address();
            } else {
                return new NodeSecurityGroups(nodes, List.of(), false, false, nodes.location(), attachedBy);
            }
        } else if (refs.isAbsent() && templateRef.isUnknown()) {
            return new NodeSecurityGroups(nodes, List.of(), false, false, nodes.location(), attachedBy);
        }
        if (!(refs instanceof Value.Known<List<Value<ResourceRef>>> known)) {
            // No groups set (EKS cluster SG or the VPC default group) or an unresolvable list: not checked.
            return new NodeSecurityGroups(nodes, List.of(), false, false, refs.location(), attachedBy);
        }
        List<SecurityGroup> groups = new ArrayList<>();
        Value<ResourceRef> notFound = null;
        for (Value<ResourceRef> ref : known.value()) {
            Optional<SecurityGroup> group = Optional.ofNullable(ref.orNull())
                    .filter(ResourceRef::isResource)
                    .flatMap(r -> context.workspace().resource(r.address(), SecurityGroup.class));
            if (group.isPresent()) {
                if (!groups.contains(group.get())) {
                    groups.add(group.get());
                }
            } else if (notFound == null) {
                notFound = ref;
            }
        }
        return new NodeSecurityGroups(nodes, groups, notFound == null, true, known.location(), attachedBy, notFound);
    }

    static Optional<LaunchTemplate> launchTemplate(ResourceRef ref, AnalysisContext context) {
        if (ref.isResource()) {
            return context.workspace().resource(ref.address(), LaunchTemplate.class);
        }
        return context.workspace().launchTemplates().stream()
                .filter(t -> ref.literal().equals(t.name().orNull()))
                .findFirst();
    }

    /** The EKS cluster the nodes join, when the input says which. */
    public Optional<EksCluster> cluster(AnalysisContext context) {
        ResourceRef ref = nodes.cluster().orNull();
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.isResource()) {
            return context.workspace().resource(ref.address(), EksCluster.class);
        }
        return context.workspace().clusters().stream().filter(c -> ref.literal().equals(c.name().orNull())).findFirst();
    }

    public RelatedLocation attachment() {
        return new RelatedLocation(attachedAt, "security groups attached to the nodes of " + nodes.address()
                + (attachedBy.equals(nodes.address()) ? "" : " by " + attachedBy) + " here");
    }
}
