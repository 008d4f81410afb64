package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.aws.NodeGroup;

/** {@code nodeGroups()}: every node group (managed, autoscaling group or instance) of the input. */
public final class GivenNodeGroups {

    private final Subjects<NodeGroup> subjects;

    GivenNodeGroups(Subjects<NodeGroup> subjects) {
        this.subjects = subjects;
    }

    public NodeGroupsThat that() {
        return new NodeGroupsThat(subjects, Subjects.Connective.AND);
    }

    public GivenNodeGroupsConjunction that(DescribedPredicate<? super NodeGroup> predicate) {
        return that().match(predicate);
    }

    public NodeGroupsShould should() {
        return new NodeGroupsShould(subjects);
    }

    public ConditionRule<NodeGroup> should(Condition<? super NodeGroup> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
