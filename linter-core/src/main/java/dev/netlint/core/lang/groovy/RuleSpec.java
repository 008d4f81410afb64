package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.LintRule;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;

/**
 * The delegate of a {@code rule(...) { ... }} block: the rule's documentation and its checks. Every method is a
 * plain typed method, so a misspelt word in a rule file is a compile error with its line, not a runtime surprise.
 * Each word forwards to {@link RuleBuilder}, which the built-in rules (Java) call directly.
 */
public final class RuleSpec {

    private final RuleBuilder builder;

    public RuleSpec(String id, String name) {
        this.builder = new RuleBuilder(id, name);
    }

    /** The rule's main severity (the most severe its checks report). */
    public void severity(Severity value) {
        builder.severity(value);
    }

    /** One sentence: what the rule finds. */
    public void summary(String value) {
        builder.summary(value);
    }

    /** Why it matters, citing the upstream behaviour. */
    public void rationale(String value) {
        builder.rationale(value);
    }

    /** The line of EKS-NETWORKING.md the rule enforces, quoted. */
    public void notes(String value) {
        builder.notes(value);
    }

    /** How to fix a finding; ends with a period. */
    public void fix(String value) {
        builder.fix(value);
    }

    /** A link to the upstream documentation. */
    public void docs(String value) {
        builder.docs(value);
    }

    /** A bad and a good example in YAML, shown in the rule's documentation and linted by the catalog test. */
    public void yamlExample(String bad, String good) {
        builder.yamlExample(bad, good);
    }

    /** A bad and a good example in Terraform, shown in the rule's documentation and linted by the catalog test. */
    public void hclExample(String bad, String good) {
        builder.hclExample(bad, good);
    }

    /** A check whose violations have the rule's severity. */
    public void check(LintRule rule) {
        builder.check(rule);
    }

    /** A check whose violations have their own severity (one trigger of a rule may matter more than another). */
    public void check(Severity checkSeverity, LintRule rule) {
        builder.check(checkSeverity, rule);
    }

    RuleDefinition build() {
        return builder.build();
    }
}
