package dev.netlint.core.lang;

import dev.netlint.core.finding.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule of the catalog: identity (id such as NET001 and kebab-case name), documentation, and the checks that make
 * it. Several checks let one rule report different triggers at different severities, as RULES.md specifies.
 *
 * @param notesBasis the line of EKS-NETWORKING.md the rule enforces, quoted
 */
public record RuleDefinition(String id, String name, Severity severity, String summary, String rationale,
                             String notesBasis, String fix, String docs, List<RuleCheck> checks,
                             List<RuleExample> examples) {

    private static final Pattern ID = Pattern.compile("[A-Z]+[0-9]{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleDefinition {
        require(id != null && ID.matcher(id).matches(), "rule id must look like NET001: " + id);
        require(name != null && NAME.matcher(name).matches() && name.length() <= 63,
                "rule name must be kebab-case, at most 63 characters: " + name);
        require(severity != null, id + ": severity is required");
        require(summary != null && !summary.isBlank(), id + ": summary is required");
        require(fix != null && fix.endsWith("."), id + ": fix is required and ends with '.'");
        require(checks != null && !checks.isEmpty(), id + ": at least one check is required");
        checks = List.copyOf(checks);
        examples = examples instanceof DeferredExamples ? examples : List.copyOf(examples);
    }

    /** A rule without documented examples (users' own rules, tests). */
    public RuleDefinition(String id, String name, Severity severity, String summary, String rationale,
                          String notesBasis, String fix, String docs, List<RuleCheck> checks) {
        this(id, name, severity, summary, rationale, notesBasis, fix, docs, checks, List.of());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** True when {@code idOrName} names this rule ("NET001" or "service-nodeport-exposure"). */
    public boolean isNamed(String idOrName) {
        return id.equalsIgnoreCase(idOrName) || name.equals(idOrName);
    }
}
