package dev.netlint.core.parse;

import dev.netlint.core.source.Location;

/**
 * Thrown by a loader or evaluator when input goes beyond one of netlint's budgets, to unwind to the place that turns
 * it into a {@code limit-exceeded} problem. Carries no stack trace: it is control flow, never a bug report.
 */
public final class LimitRefusal extends RuntimeException {

    private final transient Location at;

    public LimitRefusal(String message, Location at) {
        super(message, null, false, false);
        this.at = at;
    }

    /** Where the limit was exceeded. */
    public Location at() {
        return at;
    }

    /** The {@code limit-exceeded} problem this refusal stands for. */
    public ParseProblem problem() {
        return ParseProblem.limit(at, getMessage());
    }
}
