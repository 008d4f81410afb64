package dev.netlint.core.report;

import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.RuleExample;
import java.util.List;

/**
 * A rule's reference page in Markdown, generated from its definition: what {@code netlint --explain} prints and
 * what docs/rules/&lt;id&gt;.md holds (a test fails when the committed pages are stale).
 */
public final class RuleDocumentation {

    private RuleDocumentation() {}

    public static String page(RuleDefinition rule) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rule.id()).append(" `").append(rule.name()).append("`\n\n");
        md.append("**Severity:** ").append(rule.severity().label()).append(severities(rule)).append("\n\n");
        md.append(rule.summary()).append(".\n\n");
        // Built-in rules always have both (the catalog test demands them); users' own rules may leave them out.
        if (!rule.rationale().isBlank() || !rule.notesBasis().isBlank()) {
            md.append("## Why\n\n");
        }
        if (!rule.rationale().isBlank()) {
            md.append(rule.rationale()).append("\n\n");
        }
        if (!rule.notesBasis().isBlank()) {
            md.append("Enforces ").append(rule.notesBasis()).append(".\n\n");
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

    /** The index page: one line per rule. */
    public static String index(List<RuleDefinition> rules) {
        StringBuilder md = new StringBuilder("# netlint rules\n\n| id | name | severity | summary |\n|---|---|---|---|\n");
        for (RuleDefinition rule : rules) {
            md.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | `").append(rule.name())
                    .append("` | ").append(rule.severity().label()).append(" | ").append(rule.summary()).append(" |\n");
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
