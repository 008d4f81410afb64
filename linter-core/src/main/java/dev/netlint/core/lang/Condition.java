package dev.netlint.core.lang;

/**
 * What selected subjects should satisfy, with the English that describes it ("not be of type 'NodePort'").
 * {@link #check} reports only about the subject it is given, but may read the whole workspace through the context
 * (kube-linter's rule: see everything, report on your own object). Conditions that need every subject first
 * override {@link #finish}.
 */
public abstract class Condition<T> {

    private final String description;

    protected Condition(String description) {
        this.description = description;
    }

    public final String description() {
        return description;
    }

    public abstract void check(T subject, EvalContext context, ConditionEvents events);

    /** Called once after every subject was checked. */
    public void finish(EvalContext context, ConditionEvents events) {}

    /** A condition with another description (the checks stay the same). */
    public Condition<T> as(String newDescription) {
        Condition<T> self = this;
        return new Condition<>(newDescription) {
            @Override
            public void check(T subject, EvalContext context, ConditionEvents events) {
                self.check(subject, context, events);
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                self.finish(context, events);
            }
        };
    }

    @Override
    public String toString() {
        return description;
    }
}
