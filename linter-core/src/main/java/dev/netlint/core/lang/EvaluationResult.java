package dev.netlint.core.lang;

import java.util.List;

/** What evaluating one rule found, and how many subjects it looked at (0 means the rule checked nothing). */
public record EvaluationResult(List<Violation> violations, int checkedSubjects, int unverifiable) {
    public EvaluationResult {
        violations = List.copyOf(violations);
    }
}
