package dev.netlint.core.lang;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.source.HasLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects what conditions report while a rule is evaluated. */
public final class ConditionEvents {

    private final List<Violation> violations = new ArrayList<>();
    private final java.util.Map<Object, Object> state = new java.util.IdentityHashMap<>();
    private int unverifiable;

    /**
     * Working state of a condition for this one evaluation (for conditions that decide in {@code finish}), so a
     * condition object holds no state and rules can be evaluated concurrently.
     */
    @SuppressWarnings("unchecked")
    public <S> S state(Object owner, java.util.function.Supplier<S> initial) {
        return (S) state.computeIfAbsent(owner, k -> initial.get());
    }

    public void add(Violation violation) {
        violations.add(violation);
    }

    /** Reports a violation about {@code subject} at the place {@code at} stands for. */
    public void violation(ModelElement subject, HasLocation at, String message, RelatedLocation... related) {
        violations.add(new Violation(subject, at.location(), message, List.of(related), null));
    }

    /** Counts a check that could not be decided because a value is unknown (shown by --strict, never a finding). */
    public void unverifiable() {
        unverifiable++;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public int unverifiableCount() {
        return unverifiable;
    }
}
