package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.model.aws.NodeGroup;

/** After a NodeGroup predicate: another predicate ({@code and()}, {@code or()}) or the condition ({@code should()}). */
public final class GivenNodeGroupsConjunction {

    private final Subjects<NodeGroup> subjects;

    GivenNodeGroupsConjunction(Subjects<NodeGroup> subjects) {
        this.subjects = subjects;
    }

    public NodeGroupsThat and() {
        return new NodeGroupsThat(subjects, Subjects.Connective.AND);
    }

    public NodeGroupsThat or() {
        return new NodeGroupsThat(subjects, Subjects.Connective.OR);
    }

    public GivenNodeGroupsConjunction and(DescribedPredicate<? super NodeGroup> predicate) {
        return and().match(predicate);
    }

    public GivenNodeGroupsConjunction or(DescribedPredicate<? super NodeGroup> predicate) {
        return or().match(predicate);
    }

    public NodeGroupsShould should() {
        return new NodeGroupsShould(subjects);
    }

    public ConditionRule<NodeGroup> should(Condition<? super NodeGroup> condition) {
        return SelectionSteps.rule(subjects, condition);
    }
}
