package dev.netlint.core.lang;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.source.HasLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects what conditions report while a rule is evaluated. */
public final class ConditionEvents implements dev.netlint.core.analysis.UndecidedChecks {

    private final List<Violation> violations = new ArrayList<>();
    private final java.util.Map<Object, Object> state = new java.util.IdentityHashMap<>();
    private final List<Unverified> unverified = new ArrayList<>();

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

    /**
     * Records that a check about {@code subject} could not be decided because {@code value} (named {@code what}, as
     * the reader wrote it: "egress cidr_blocks") is not known; the value's own reason ("var.cidrs has no default")
     * says why. Shown by --strict, never a finding otherwise.
     */
    @Override
    public void unknown(ModelElement subject, dev.netlint.core.model.Value<?> value, String what) {
        String reason = value instanceof dev.netlint.core.model.Value.Unknown<?> unknown ? unknown.reason() : null;
        unverifiable(subject, value, reason == null || reason.isBlank() ? what + " is not known"
                : what + " is not known: " + reason);
    }

    /**
     * Records that a check about {@code subject} could not be decided, for a reason that is not one unknown value
     * ("m9.large is not in netlint's instance table"); {@code at} is the place the reader should look at.
     */
    @Override
    public void unverifiable(ModelElement subject, HasLocation at, String message) {
        unverified.add(new Unverified(subject, at.location(), message));
    }

    /** Records what another evaluation could not decide (conditions that evaluate parts on their own). */
    public void addUnverified(List<Unverified> more) {
        unverified.addAll(more);
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public List<Unverified> unverified() {
        return List.copyOf(unverified);
    }
}
