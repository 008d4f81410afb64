package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
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
}
