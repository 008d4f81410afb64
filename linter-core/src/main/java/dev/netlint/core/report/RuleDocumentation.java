package dev.netlint.core.report;

import dev.netlint.core.engine.OwnFindings;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.RuleExample;
import java.util.List;

/**
 * A rule's reference page in Markdown, generated from its definition: what {@code netlint --explain} prints and
 * what docs/rules/&lt;id&gt;.md holds (a test fails when the committed pages are stale). The page cites the AWS or
 * Kubernetes documentation the rule rests on ({@code docs}); the rule's {@code notes} (where in netlint's own design
 * notes it comes from) are for netlint's developers and stay out of it.
 */
public final class RuleDocumentation {

    private RuleDocumentation() {}

    public static String page(RuleDefinition rule) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rule.id()).append(" `").append(rule.name()).append("`\n\n");
        md.append("**Severity:** ").append(rule.severity().label()).append(severities(rule)).append("\n\n");
        md.append(rule.summary()).append(".\n\n");
        // Built-in rules always have one (the catalog test demands it); users' own rules may leave it out.
        if (!rule.rationale().isBlank()) {
            md.append("## Why\n\n").append(rule.rationale()).append("\n\n");
        }
        md.append("## What it checks\n\n");
        for (RuleCheck check : rule.checks()) {
            md.append("- ").append(capitalise(check.rule().description())).append(" (")
                    .append(check.severity().label()).append(").\n");
        }
        md.append('\n');
        for (RuleExample example : rule.examples()) {
            md.append("## Bad\n\n```").append(example.format()).append('\n').append(example.bad()).append("```\n\n");
            md.append("## Good\n\n```").append(example.format()).append('\n').append(example.good()).append("```\n\n");
        }
        md.append("## Fix\n\n").append(rule.fix()).append("\n\n");
        if (!rule.docs().isEmpty()) {
            md.append("## Reference\n\n").append(rule.docs()).append('\n');
        }
        return md.toString();
    }

    /** The page of one of netlint's own finding kinds ({@code parse-error}, {@code suppression-problem}, ...). */
    public static String page(OwnFindings.Kind kind) {
        return "# `" + kind.id() + "`\n\n"
                + "**Severity:** " + kind.severity().label() + "\n\n"
                + kind.summary() + ".\n\n"
                + "netlint reports this itself, not through a rule. Like a rule, it can be given another severity "
                + "or turned off in .netlint.yaml and named by inline suppressions.\n\n"
                + "## Why\n\n" + kind.explanation() + "\n\n"
                + "## Fix\n\n" + kind.fix() + "\n";
    }

    /** The index page: one line per rule, then one per kind of finding netlint reports itself. */
    public static String index(List<RuleDefinition> rules) {
        StringBuilder md = new StringBuilder("# netlint rules\n\n| id | name | severity | summary |\n|---|---|---|---|\n");
        for (RuleDefinition rule : rules) {
            md.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | `").append(rule.name())
                    .append("` | ").append(rule.severity().label()).append(" | ").append(rule.summary()).append(" |\n");
        }
        md.append("\nFindings netlint reports itself, about its input:\n\n| id | severity | summary |\n|---|---|---|\n");
        for (OwnFindings.Kind kind : OwnFindings.ALL) {
            md.append("| [`").append(kind.id()).append("`](").append(kind.id()).append(".md) | ")
                    .append(kind.severity().label()).append(" | ").append(kind.summary()).append(" |\n");
        }
        return md.toString();
    }

    private static String severities(RuleDefinition rule) {
        List<String> others = rule.checks().stream().map(c -> c.severity().label()).distinct()
                .filter(s -> !s.equals(rule.severity().label())).toList();
        return others.isEmpty() ? "" : " (some checks: " + String.join(", ", others) + ")";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
