package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.conditions.NodeCniConditions;
import dev.netlint.core.lang.conditions.MaxPodsConditions;
import dev.netlint.core.model.aws.NodeGroup;

/** The vocabulary of what node groups should have. */
public final class NodeGroupsShould {

    private final Subjects<NodeGroup> subjects;

    NodeGroupsShould(Subjects<NodeGroup> subjects) {
        this.subjects = subjects;
    }

    public ConditionRule<NodeGroup> be(Condition<? super NodeGroup> condition) {
        return SelectionSteps.rule(subjects, condition);
    }

    public ConditionRule<NodeGroup> runOnNitroForIpv6() {
        return be(NodeCniConditions.runOnNitroForIpv6());
    }

    public ConditionRule<NodeGroup> runNoWindowsInIpv6Clusters() {
        return be(NodeCniConditions.runNoWindowsInIpv6Clusters());
    }

    public ConditionRule<NodeGroup> runOnPrefixDelegationCapableTypes() {
        return be(NodeCniConditions.runOnPrefixDelegationCapableTypes());
    }

    public ConditionRule<NodeGroup> supportTrunkInterfaces() {
        return be(NodeCniConditions.supportTrunkInterfaces());
    }

    public ConditionRule<NodeGroup> setMaxPodsWithinTheirPodIpCapacity() {
        return be(MaxPodsConditions.setMaxPodsWithinTheirPodIpCapacity());
    }

    public ConditionRule<NodeGroup> setMaxPodsForPrefixDelegation() {
        return be(MaxPodsConditions.setMaxPodsForPrefixDelegation());
    }
}
