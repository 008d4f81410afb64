package dev.netlint.core.lang;

import java.util.List;

/**
 * What evaluating one rule found, how many subjects it looked at (0 means the rule checked nothing), and the checks
 * it could not decide because a value was not known.
 */
public record EvaluationResult(List<Violation> violations, int checkedSubjects, List<Unverified> unverified) {
    public EvaluationResult {
        violations = List.copyOf(violations);
        unverified = List.copyOf(unverified);
    }

    public int unverifiable() {
        return unverified.size();
    }
}
