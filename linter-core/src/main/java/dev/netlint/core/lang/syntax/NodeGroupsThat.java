package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.predicates.NodeGroupPredicates;
import dev.netlint.core.model.aws.NodeGroup;

/** The vocabulary that selects node groups. */
public final class NodeGroupsThat extends SelectionSteps<NodeGroup, GivenNodeGroupsConjunction> {

    NodeGroupsThat(Subjects<NodeGroup> subjects, Subjects.Connective connective) {
        super(subjects, connective, GivenNodeGroupsConjunction::new);
    }

    public GivenNodeGroupsConjunction setTheirOwnSecurityGroups() {
        return add(NodeGroupPredicates.setTheirOwnSecurityGroups());
    }

    public GivenNodeGroupsConjunction haveKnownUserData() {
        return add(NodeGroupPredicates.haveKnownUserData());
    }

    public GivenNodeGroupsConjunction areSelfManagedOrRunACustomAmi() {
        return add(NodeGroupPredicates.areSelfManagedOrRunACustomAmi());
    }
}
