package dev.netlint.core.lang;

/**
 * A rule built with the DSL: subjects, an optional selection, a condition and a reason. It describes itself in
 * English from those parts ("services that have type 'NodePort' should ..., because ...").
 */
public interface LintRule {

    String description();

    EvaluationResult evaluate(EvalContext context);

    /** Adds the reason to the description; checks are unchanged. */
    LintRule because(String reason);
}
