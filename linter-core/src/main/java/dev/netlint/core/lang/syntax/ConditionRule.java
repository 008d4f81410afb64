package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.EvaluationResult;
import dev.netlint.core.lang.LintRule;
import dev.netlint.core.model.ModelElement;
import java.util.List;

/**
 * A complete rule: subjects, the condition they should meet, and its description.
 * Immutable; every step returns a new rule.
 */
public final class ConditionRule<T> implements LintRule {

    private final Subjects<T> subjects;
    private final List<Condition<? super T>> conditions;
    private final String reason;

    ConditionRule(Subjects<T> subjects, List<Condition<? super T>> conditions, String reason) {
        this.subjects = subjects;
        this.conditions = List.copyOf(conditions);
        this.reason = reason;
    }

    @Override
    public ConditionRule<T> because(String newReason) {
        return new ConditionRule<>(subjects, conditions, newReason);
    }

    @Override
    public String description() {
        String base = subjects.description() + " should " + String.join(" and should ",
                conditions.stream().map(Condition::description).toList());
        return reason == null ? base : base + ", because " + reason;
    }

    @Override
    public EvaluationResult evaluate(EvalContext context) {
        Subjects.Selection<T> selection = subjects.select(context);
        List<T> selected = selection.selected();
        ConditionEvents events = new ConditionEvents();
        for (T undecided : selection.undecided()) {
            if (undecided instanceof ModelElement element) {
                DescribedPredicate.Reason why = subjects.whyUndecided(undecided, context);
                String whether = "netlint cannot tell whether " + element.describe() + " is one of the "
                        + subjects.description();
                if (why != null) {
                    events.unverifiable(element, why::location, why.message() + ", so " + whether);
                } else {
                    events.unverifiable(element, element, "a value is not known, so " + whether);
                }
            }
        }
        for (Condition<? super T> condition : conditions) {
            for (T subject : selected) {
                condition.check(subject, context, events);
            }
            condition.finish(context, events);
        }
        return new EvaluationResult(events.violations(), selected.size(), events.unverified());
    }

    @Override
    public String toString() {
        return description();
    }
}
