package dev.netlint.core.lang;

import dev.netlint.core.finding.Severity;

/** One of a catalog rule's checks and the severity its violations get (unless a violation says otherwise). */
public record RuleCheck(Severity severity, LintRule rule) {}
