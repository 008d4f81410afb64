package dev.netlint.core.analysis;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.List;
import java.util.Optional;

/**
 * The instance types nodes run as: the node group's own list, else its launch template's {@code instance_type},
 * else, for a managed node group, EKS's default {@code t3.medium} (RULES.md §1.2). Unknown when any of those is.
 */
public final class NodeInstanceTypes {

    public static final String MANAGED_DEFAULT = "t3.medium";

    private NodeInstanceTypes() {}

    public static Value<List<Value<String>>> of(NodeGroup nodes, AnalysisContext context) {
        if (!nodes.instanceTypes().isAbsent()) {
            return nodes.instanceTypes();
        }
        Optional<LaunchTemplate> template = Optional.ofNullable(nodes.launchTemplate().orNull())
                .flatMap(ref -> NodeSecurityGroups.launchTemplate(ref, context));
        if (nodes.launchTemplate().isUnknown()) {
            return Value.unknown("launch template cannot be resolved", nodes.location());
        }
        if (template.isPresent() && !template.get().instanceType().isAbsent()) {
            Value<String> type = template.get().instanceType();
            return type.isKnown() ? Value.known(List.of(type), type.location())
                    : Value.unknown("launch template instance_type cannot be resolved", type.location());
        }
        if (nodes.launchTemplate().isKnown() && template.isEmpty()) {
            return Value.unknown("launch template not in the input", nodes.location());
        }
        if (nodes.kind() == NodeGroup.Kind.MANAGED_NODE_GROUP) {
            return Value.known(List.of(Value.known(MANAGED_DEFAULT, nodes.location())), nodes.location());
        }
        return Value.unknown("no instance type in the input", nodes.location());
    }
}
