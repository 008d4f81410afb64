package dev.netlint.core.lang;

import dev.netlint.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link RuleDefinition} from the words of a {@code rule(id, name) { ... }} block. It is the one
 * implementation of those words: the Groovy DSL's {@code RuleSpec} forwards to it, and the built-in rules (Java classes
 * listed by a {@link RuleCatalog}) call it directly, so both build rules alike.
 */
public final class RuleBuilder {

    private final String id;
    private final String name;
    private Severity severity;
    private String summary;
    private String rationale = "";
    private String notes = "";
    private String fix;
    private String docs = "";
    private final List<RuleCheck> checks = new ArrayList<>();
    private final List<java.util.function.Supplier<RuleExample>> examples = new ArrayList<>();

    public RuleBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** The rule's main severity (the most severe its checks report). */
    public void severity(Severity value) {
        this.severity = value;
    }

    /** One sentence: what the rule finds. */
    public void summary(String value) {
        this.summary = value;
    }

    /** Why it matters, citing the upstream behaviour. */
    public void rationale(String value) {
        this.rationale = value;
    }

    /** The line of EKS-NETWORKING.md the rule enforces, quoted. */
    public void notes(String value) {
        this.notes = value;
    }

    /** How to fix a finding; ends with a period. */
    public void fix(String value) {
        this.fix = value;
    }

    /** A link to the upstream documentation. */
    public void docs(String value) {
        this.docs = value;
    }

    /** A bad and a good example in YAML, shown in the rule's documentation and linted by the catalog test. */
    public void yamlExample(String bad, String good) {
        RuleExample example = new RuleExample("yaml", bad.stripIndent().strip() + "\n", good.stripIndent().strip() + "\n");
        examples.add(() -> example);
    }

    /** A bad and a good example in Terraform, shown in the rule's documentation and linted by the catalog test. */
    public void hclExample(String bad, String good) {
        RuleExample example = new RuleExample("hcl", bad.stripIndent().strip() + "\n", good.stripIndent().strip() + "\n");
        examples.add(() -> example);
    }

    /** A bad and a good example, made when first needed (the built-in rules read theirs from files). */
    public void example(java.util.function.Supplier<RuleExample> example) {
        examples.add(example);
    }

    /** A check whose violations have the rule's severity. */
    public void check(LintRule rule) {
        if (severity == null) {
            throw new IllegalStateException(id + ": declare severity before the checks that use it");
        }
        checks.add(new RuleCheck(severity, rule));
    }

    /** A check whose violations have their own severity (one trigger of a rule may matter more than another). */
    public void check(Severity checkSeverity, LintRule rule) {
        checks.add(new RuleCheck(checkSeverity, rule));
    }

    /** The rule, validated by {@link RuleDefinition}'s constructor. */
    public RuleDefinition build() {
        return new RuleDefinition(id, name, severity, summary, rationale, notes, fix, docs, checks,
                new DeferredExamples(examples));
    }
}
