package dev.netlint.core.config;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.suppress.Baseline;
import dev.netlint.core.suppress.PathGlobs;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What a run does with its files and findings, as configured in {@code .netlint.yaml} and on the command line: files
 * to leave out before parsing, per-rule severity and path exclusions, whether inline suppressions count, the baseline
 * of known findings, and the folders that are workspaces of their own ({@code workspaces}: each is loaded and
 * evaluated apart from the others, never resolved against them; {@link PathGlobs#NONE}: the whole run is one
 * workspace). {@code today} is the day {@code until=} expiries are checked against (UTC). {@code strict} also
 * reports, as info findings, each check a rule could not decide because a value was not known.
 */
public record LintPolicy(PathGlobs exclude, Map<String, RulePolicy> rules, boolean inlineSuppressions,
                         Baseline baseline, LocalDate today, PathGlobs workspaces, boolean strict) {

    /**
     * One rule's configuration: a severity that replaces the rule's own (null: keep), files where its findings are
     * suppressed (kind config) and the reason written next to them.
     */
    public record RulePolicy(Severity severity, PathGlobs exclude, String reason) {
        public RulePolicy {
            if (exclude == null) {
                exclude = PathGlobs.NONE;
            }
        }
    }

    public static final LintPolicy DEFAULTS = new LintPolicy(PathGlobs.NONE, Map.of(), true, null, null);

    public LintPolicy {
        rules = Map.copyOf(rules);
        if (exclude == null) {
            exclude = PathGlobs.NONE;
        }
        if (today == null) {
            today = LocalDate.now(ZoneOffset.UTC);
        }
        if (workspaces == null) {
            workspaces = PathGlobs.NONE;
        }
    }

    /** A policy for one workspace (no {@code workspaces}) that does not report undecided checks. */
    public LintPolicy(PathGlobs exclude, Map<String, RulePolicy> rules, boolean inlineSuppressions, Baseline baseline,
                      LocalDate today) {
        this(exclude, rules, inlineSuppressions, baseline, today, PathGlobs.NONE, false);
    }

    public LintPolicy withInlineSuppressions(boolean enabled) {
        return new LintPolicy(exclude, rules, enabled, baseline, today, workspaces, strict);
    }

    public LintPolicy withBaseline(Baseline newBaseline) {
        return new LintPolicy(exclude, rules, inlineSuppressions, newBaseline, today, workspaces, strict);
    }

    public LintPolicy withToday(LocalDate day) {
        return new LintPolicy(exclude, rules, inlineSuppressions, baseline, day, workspaces, strict);
    }

    /** The same policy with these workspace roots ({@link PathGlobs#NONE}: one workspace). */
    public LintPolicy withWorkspaces(PathGlobs roots) {
        return new LintPolicy(exclude, rules, inlineSuppressions, baseline, today, roots, strict);
    }

    /** The same policy that also leaves out the files {@code more} matches (the command line's {@code --exclude}). */
    public LintPolicy withMoreExcluded(PathGlobs more) {
        return new LintPolicy(exclude.plus(more), rules, inlineSuppressions, baseline, today, workspaces, strict);
    }

    public LintPolicy withStrict(boolean enabled) {
        return new LintPolicy(exclude, rules, inlineSuppressions, baseline, today, workspaces, enabled);
    }
}
