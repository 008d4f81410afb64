package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import dev.netlint.core.finding.SuppressedFinding;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.source.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies inline suppressions (Kubernetes annotations and comments) to the findings of a run, and reports the
 * suppressions that do not work as {@value #PROBLEM} findings (info) at their own place: no reason (it then suppresses
 * nothing), an unknown rule, nothing suppressed, expired ({@code until=} in the past: the findings come back) or
 * malformed. A suppression problem is never itself suppressed.
 */
public final class InlineSuppressor {

    public static final String PROBLEM = "suppression-problem";
    public static final String ANNOTATION = "netlint.dev/ignore";

    /** What applying suppressions produced. */
    public record Outcome(List<Finding> active, List<SuppressedFinding> suppressed, List<Finding> problems) {}

    private final Function<String, String> ruleIds;
    private final LocalDate today;

    /**
     * @param ruleIds maps a rule id or name as written (any case for ids) to the rule's id, or null when unknown
     * @param today   the day expiries are checked against
     */
    public InlineSuppressor(Function<String, String> ruleIds, LocalDate today) {
        this.ruleIds = ruleIds;
        this.today = today;
    }

    /** The {@code netlint.dev/ignore} annotations of every Kubernetes object, one directive per non-blank line. */
    public static List<Directive> annotations(Workspace workspace) {
        List<Directive> directives = new ArrayList<>();
        for (K8sResource object : workspace.kubernetesObjects()) {
            Value<String> value = object.meta().annotations().get(ANNOTATION);
            if (value == null) {
                continue;
            }
            Location at = value.location();
            String text = value.orNull();
            if (text == null) {
                directives.add(Directive.parse("", Suppression.Kind.ANNOTATION, at, 0, 0, null, object.describe()));
                continue;
            }
            for (String line : text.split("\r?\n")) {
                if (!line.isBlank()) {
                    directives.add(Directive.parse(line, Suppression.Kind.ANNOTATION, at, 0, 0, null, object.describe()));
                }
            }
        }
        return directives;
    }

    public Outcome apply(List<Finding> findings, List<Directive> directives) {
        return apply(findings, directives, Set.of());
    }

    /**
     * @param notRun ids of rules that did not run (turned off): suppressions of them are not reported as unused
     */
    public Outcome apply(List<Finding> findings, List<Directive> directives, Set<String> notRun) {
        Map<Directive, List<String>> resolved = new IdentityHashMap<>();
        List<Finding> problems = new ArrayList<>();
        for (Directive directive : directives) {
            List<String> ids = new ArrayList<>();
            for (String token : directive.rules()) {
                String id = ruleIds.apply(token);
                if (id == null) {
                    problems.add(problem(directive, "names no rule '" + token + "' (see netlint --list-rules)"));
                }
                ids.add(id);
            }
            resolved.put(directive, ids);
            if (directive.problem() != null) {
                problems.add(problem(directive, directive.problem()));
            } else if (directive.reason().isEmpty()) {
                problems.add(problem(directive, "has no reason, so it suppresses nothing; write why after the rule: "
                        + example(directive)));
            } else if (directive.expires() != null && directive.expires().isBefore(today)) {
                problems.add(problem(directive, "expired on " + directive.expires()
                        + ", so what it suppressed is reported again; fix the finding or renew the date"));
            }
        }
        Set<String> annotatedInFile = new HashSet<>();
        Set<String> annotated = new HashSet<>();
        for (Directive directive : directives) {
            if (directive.object() != null) {
                annotatedInFile.add(directive.location().file() + "\u0000" + directive.object());
                annotated.add(directive.object());
            }
        }
        Map<Directive, boolean[]> used = new IdentityHashMap<>();
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Directive match = null;
            for (Directive directive : directives) {
                // a netlint:ignore-file comment that names no rule covers every rule (slot 0 records its use)
                boolean everyRule = directive.wholeFile() && directive.rules().isEmpty();
                int index = everyRule ? 0 : resolved.get(directive).indexOf(finding.ruleId());
                if (index < 0 || !covers(directive, finding, annotatedInFile)) {
                    continue;
                }
                used.computeIfAbsent(directive, d -> new boolean[Math.max(1, d.rules().size())])[index] = true;
                if (match == null && works(directive)) {
                    match = directive;
                }
            }
            if (match == null) {
                active.add(finding);
            } else {
                suppressed.add(new SuppressedFinding(finding,
                        new Suppression(match.kind(), match.reason(), match.location(), match.expires())));
            }
        }
        for (Directive directive : directives) {
            List<String> ids = resolved.get(directive);
            if (directive.wholeFile() && ids.isEmpty() && works(directive) && !used.containsKey(directive)) {
                problems.add(problem(directive, "suppresses nothing: no finding in this file; remove it"));
            }
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) != null && works(directive) && !(used.containsKey(directive) && used.get(directive)[i])) {
                    problems.add(problem(directive, "suppresses nothing: no " + directive.rules().get(i)
                            + " finding " + (directive.object() != null ? "on " + directive.object()
                            : directive.wholeFile() ? "in this file" : "on line " + directive.targetLine())
                            + "; remove it"));
                }
            }
        }
        return new Outcome(active, suppressed, problems);
    }

    private boolean works(Directive directive) {
        return directive.problem() == null && !directive.reason().isEmpty()
                && (directive.expires() == null || !directive.expires().isBefore(today));
    }

    private static boolean covers(Directive directive, Finding finding, Set<String> annotatedInFile) {
        if (directive.object() == null) {
            return directive.covers(finding.location(), finding.resource());
        }
        if (!directive.object().equals(finding.resource())) {
            return false;
        }
        // the annotated object in the finding's own file; another file's only when that file has no such object
        return directive.location().file().equals(finding.location().file())
                || !annotatedInFile.contains(finding.location().file() + "\u0000" + finding.resource());
    }

    private static String example(Directive directive) {
        if (directive.wholeFile()) {
            return "# " + CommentScanner.FILE_MARKER + (directive.rules().isEmpty() ? ":" : " "
                    + String.join(",", directive.rules())) + " <reason>";
        }
        String rules = directive.rules().isEmpty() ? "NET001" : String.join(",", directive.rules());
        return directive.kind() == Suppression.Kind.ANNOTATION
                ? ANNOTATION + ": \"" + rules + ": <reason>\""
                : "# " + CommentScanner.MARKER + " " + rules + " <reason>";
    }

    private static Finding problem(Directive directive, String what) {
        String subject = directive.kind() == Suppression.Kind.ANNOTATION
                ? "the " + ANNOTATION + " annotation of " + directive.object()
                : "this " + (directive.wholeFile() ? CommentScanner.FILE_MARKER : CommentScanner.MARKER) + " comment";
        String message = Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + what;
        return new Finding(PROBLEM, PROBLEM, Severity.INFO, message, directive.location(),
                directive.object() != null ? directive.object() : directive.location().file(),
                "Give each suppression a known rule id or name and a reason; remove suppressions that no longer "
                        + "suppress anything.", dev.netlint.core.finding.RulePages.page(PROBLEM), List.of());
    }
}
