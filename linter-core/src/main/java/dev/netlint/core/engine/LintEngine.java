package dev.netlint.core.engine;

import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.FormedWorkspace;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.config.ConfigLoader;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.EvaluationResult;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Unverified;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.parse.Placement;
import dev.netlint.core.parse.helm.HelmSourceMap;
import dev.netlint.core.parse.helm.RenderedSources;
import dev.netlint.core.parse.terraform.CallSites;
import dev.netlint.core.parse.terraform.TerraformLoader;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.suppress.Directive;
import dev.netlint.core.suppress.InlineSuppressor;
import dev.netlint.core.finding.SuppressedFinding;
import dev.netlint.core.finding.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a lint request: collect files, parse them into one workspace (or, with {@link LintPolicy#workspaces()}, one
 * workspace per root folder plus the default one for everything else), evaluate every enabled rule over each
 * workspace apart from the others, and return the findings of all of them merged and sorted. Contains no knowledge of
 * any output format or front end.
 */
public final class LintEngine {

    private final RuleRegistry registry;

    public LintEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    public LintResult run(LintRequest request) {
        List<String> paths = new ArrayList<>();
        SourceText stdin = null;
        List<Finding> refusedInputs = new ArrayList<>();
        for (String path : request.paths()) {
            if (path.equals("-")) {
                String text = request.stdinText() == null ? "" : request.stdinText();
                SourceFile file = new SourceFile(null, SourceFile.STDIN, SourceFormat.YAML);
                SourceReader.Read read = new SourceReader(request.maxFileBytes())
                        .decode(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                stdin = read.text();
                if (stdin == null) {
                    refusedInputs.add(InputFindings.unreadable(read));
                }
            } else {
                paths.add(path);
            }
        }
        SourceCollector.Collected collected = new SourceCollector().collect(paths);
        if (!collected.missing().isEmpty()) {
            throw new InputException("no such file or directory: " + String.join(", ", collected.missing()));
        }
        LintPolicy policy = request.policy();
        List<SourceFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(collected.skipped());
        for (SourceFile file : collected.files()) {
            if (file.path() != null && file.path().getFileName().toString().equals(ConfigLoader.DEFAULT_FILE)) {
                continue; // netlint's own configuration, not a manifest
            }
            String pattern = policy.exclude().match(file.displayPath());
            if (pattern == null) {
                files.add(file);
            } else {
                skipped.add(new SkippedFile(file.displayPath(), "excluded by configuration (exclude: " + pattern + ")"));
            }
        }
        for (SkippedFile unreadable : collected.unreadable()) {
            // a file or folder that cannot be read is a finding, never a silent pass (unless it is excluded)
            if (policy.exclude().match(unreadable.path()) == null) {
                refusedInputs.add(InputFindings.unreadable(dev.netlint.core.source.Location.fileStart(unreadable.path()),
                        unreadable.reason(), dev.netlint.core.source.SourceReader.Refusal.NOT_READABLE));
            }
        }
        ScanScope scope = new ScanScope(paths.stream().map(LintEngine::scopeRootOf).toList());
        WorkspaceLoader loader = new WorkspaceLoader(request.maxFileBytes(), scope, request.threads(),
                terraformVariables(request)).withHelm(request.inputs());
        List<WorkspaceLoader.Loaded> workspaces;
        List<FormedWorkspace> formed = List.of();
        if (policy.workspaces().isEmpty()) {
            WorkspaceLoader.Inferred inferred = loader.loadInferred(files, stdin,
                    paths.stream().map(LintEngine::scopeRootOf).map(p -> p.toAbsolutePath().normalize()).toList());
            workspaces = inferred.loaded();
            formed = inferred.formed();
        } else {
            workspaces = loader.loadEach(WorkspacePartition.of(files, policy.workspaces(), stdin != null), stdin);
        }
        Set<String> off = notRun(new java.util.HashSet<>(request.disabledRules()));
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        java.util.Map<String, LintResult.RuleStats> stats = new java.util.LinkedHashMap<>();
        int filesLinted = 0;
        for (int i = 0; i < workspaces.size(); i++) {
            WorkspaceLoader.Loaded loaded = workspaces.get(i);
            List<Finding> findings = new ArrayList<>(loaded.inputFindings());
            if (i == 0) {
                findings.addAll(refusedInputs);
            }
            List<LintResult.RuleStats> workspaceStats = new ArrayList<>();
            // a helm_release of the controller that sets its default target type is read by the rules themselves
            // (LoadBalancerControllerSettings.defaultTargetType)
            findings.addAll(evaluate(new EvalContext(loaded.workspace(), request.settings()), request.disabledRules(),
                    workspaceStats, policy.strict()));
            for (LintResult.RuleStats rule : workspaceStats) {
                stats.merge(rule.ruleId(), rule, (a, b) -> new LintResult.RuleStats(a.ruleId(),
                        a.checkedSubjects() + b.checkedSubjects(), a.unverifiable() + b.unverifiable()));
            }
            if (!loaded.cachedModuleCalls().isEmpty()) {
                CallSites calls = loaded.cachedModuleCalls();
                findings.replaceAll(f -> placed(f, calls.locate(placement(f)))); // at the user's module block
            }
            if (!loaded.renderedCharts().isEmpty()) {
                HelmSourceMap charts = loaded.renderedCharts();
                findings.replaceAll(f -> placed(f, charts.locate(placement(f))));
            }
            if (stdin != null && i == 0) {
                RenderedSources rendered = new RenderedSources(SourceFile.STDIN, stdin.text());
                findings.replaceAll(f -> placed(f, rendered.annotate(placement(f))));
            }
            // Inline suppressions apply within their workspace: an annotated Service shop/web of one cluster does
            // not suppress the findings of another cluster's Service shop/web.
            suppressInline(distinctByPlaceAndText(findings), loaded, request, off, active, suppressed);
            skipped.addAll(loaded.skipped());
            filesLinted += loaded.filesLinted();
        }
        if (workspaces.size() > 1) {
            // a local module called from two workspaces reports the same finding at the same place from each
            active = distinctByPlaceAndText(active);
            suppressed = distinctSuppressed(suppressed);
        }
        skipped.sort(java.util.Comparator.comparing(SkippedFile::path));
        return applyPolicy(active, suppressed, filesLinted, request, skipped, new ArrayList<>(stats.values()))
                .withWorkspaces(formed);
    }

    /**
     * Severity overrides, then inline suppressions (with their problems), for the findings of one workspace; adds the
     * findings that still count to {@code active} and the suppressed ones to {@code suppressed}.
     */
    private void suppressInline(List<Finding> findings, WorkspaceLoader.Loaded loaded, LintRequest request,
                                Set<String> off, List<Finding> active, List<SuppressedFinding> suppressed) {
        LintPolicy policy = request.policy();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (off.contains(finding.ruleId())) {
                continue; // the pseudo-rules (suppression-problem, unrendered-template) can be turned off too
            }
            LintPolicy.RulePolicy rule = policy.rules().get(finding.ruleId());
            kept.add(rule == null || rule.severity() == null ? finding : finding.withSeverity(rule.severity()));
        }
        if (!policy.inlineSuppressions()) {
            active.addAll(kept);
            return;
        }
        List<Directive> directives = new ArrayList<>(InlineSuppressor.annotations(loaded.workspace()));
        directives.addAll(loaded.comments());
        InlineSuppressor.Outcome outcome = new InlineSuppressor(this::ruleIdOf, policy.today())
                .apply(kept, directives, off);
        active.addAll(outcome.active());
        suppressed.addAll(outcome.suppressed());
        for (Finding problem : outcome.problems()) {
            if (!off.contains(problem.ruleId())) {
                LintPolicy.RulePolicy rule = policy.rules().get(problem.ruleId());
                active.add(rule == null || rule.severity() == null ? problem : problem.withSeverity(rule.severity()));
            }
        }
    }

    /**
     * Turns the findings of all workspaces into the result: per-rule path exclusions of the configuration, then the
     * baseline. Each finding is suppressed at most once, by the first suppression that covers it (inline ones were
     * applied per workspace before).
     */
    private LintResult applyPolicy(List<Finding> active, List<SuppressedFinding> suppressed, int filesLinted,
                                   LintRequest request, List<SkippedFile> skipped, List<LintResult.RuleStats> stats) {
        LintPolicy policy = request.policy();
        List<Finding> counted = new ArrayList<>();
        for (Finding finding : active) {
            LintPolicy.RulePolicy rule = policy.rules().get(finding.ruleId());
            String pattern = rule == null ? null : rule.exclude().match(finding.location().file());
            if (pattern == null) {
                counted.add(finding);
            } else {
                String reason = rule.reason() != null ? rule.reason()
                        : "rules." + finding.ruleId() + ".exclude: " + pattern + " in the configuration";
                suppressed.add(new SuppressedFinding(finding, new Suppression(Suppression.Kind.CONFIG, reason, null, null)));
            }
        }
        counted = new ArrayList<>(new LinkedHashSet<>(counted));
        counted.sort(null);
        LintResult result = new LintResult(counted, filesLinted, skipped, stats, suppressed);
        return policy.baseline() == null ? result : policy.baseline().apply(result);
    }

    private Set<String> notRun(Set<String> off) {
        Set<String> ids = new java.util.HashSet<>();
        for (String disabled : off) {
            String id = ruleIdOf(disabled);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The id of the rule a suppression or the configuration names (id in any case, or name), or null. */
    public String ruleIdOf(String idOrName) {
        for (String pseudo : PSEUDO_RULES) {
            if (pseudo.equalsIgnoreCase(idOrName)) {
                return pseudo;
            }
        }
        return registry.find(idOrName).map(RuleDefinition::id).orElse(null);
    }

    /** Findings that come from netlint itself rather than a rule; configuration and suppressions may name them. */
    public static final List<String> PSEUDO_RULES = OwnFindings.ALL.stream().map(OwnFindings.Kind::id).toList();


    /** Evaluates the enabled rules over a workspace, adding each rule's statistics to {@code stats}. */
    public List<Finding> evaluate(EvalContext context, List<String> disabled, List<LintResult.RuleStats> stats) {
        return evaluate(context, disabled, stats, false);
    }

    /**
     * Evaluates the enabled rules over a workspace, adding each rule's statistics to {@code stats}; with
     * {@code strict}, each check a rule could not decide becomes an info finding of that rule saying why.
     */
    public List<Finding> evaluate(EvalContext context, List<String> disabled, List<LintResult.RuleStats> stats,
                                  boolean strict) {
        Set<String> off = Set.copyOf(disabled);
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : registry.rules()) {
            if (off.contains(rule.id()) || off.contains(rule.name())) {
                continue;
            }
            int checked = 0;
            int unverifiable = 0;
            Set<dev.netlint.core.source.Location> undecidedPlaces = new java.util.HashSet<>();
            for (RuleCheck check : rule.checks()) {
                EvaluationResult result;
                try {
                    result = check.rule().evaluate(context);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("rule " + rule.id() + " failed: " + e, e);
                }
                checked += result.checkedSubjects();
                unverifiable += result.unverifiable();
                for (Violation violation : result.violations()) {
                    findings.add(new Finding(rule.id(), rule.name(),
                            violation.severity() != null ? violation.severity() : check.severity(),
                            violation.message(), violation.location(), violation.subject().describe(),
                            rule.fix(), registry.link(rule), violation.related()));
                }
                if (strict) {
                    for (Unverified unverified : result.unverified()) {
                        // One per place and rule: the several checks of a rule often stop at the same unknown value.
                        if (undecidedPlaces.add(unverified.location())) {
                            findings.add(notVerified(rule, registry.link(rule), unverified));
                        }
                    }
                }
            }
            stats.add(new LintResult.RuleStats(rule.id(), checked, unverifiable));
        }
        return findings;
    }

    /** Prefix of the message of every finding --strict adds, so readers (and baselines) can tell them apart. */
    public static final String NOT_VERIFIED = "not verified: ";

    private static Finding notVerified(RuleDefinition rule, String link, Unverified unverified) {
        return new Finding(rule.id(), rule.name(), Severity.INFO, NOT_VERIFIED + unverified.message(),
                unverified.location(), unverified.subject().describe(),
                "Give netlint the value (terraform.tfvars, --var-file, --var, --helm-set, or the module or resource"
                        + " it comes from) to have this checked, or verify it by hand.", link, List.of(), true);
    }

    /** Reads {@code --var-file} files and splits {@code --var name=value}; a missing file is a usage error. */
    private static TerraformLoader.Variables terraformVariables(LintRequest request) {
        InputOptions inputs = request.inputs();
        if (inputs.varFiles().isEmpty() && inputs.vars().isEmpty()) {
            return TerraformLoader.Variables.NONE;
        }
        SourceReader reader = new SourceReader(request.maxFileBytes());
        List<SourceText> varFiles = new ArrayList<>();
        for (String given : inputs.varFiles()) {
            Path path = Path.of(given);
            if (!java.nio.file.Files.isRegularFile(path)) {
                throw new InputException("--var-file " + given + ": no such file");
            }
            SourceReader.Read read = reader.read(new SourceFile(path, given.replace('\\', '/'), SourceFormat.TFVARS));
            if (read.text() == null) {
                throw new InputException("--var-file " + given + ": " + read.problem());
            }
            varFiles.add(read.text());
        }
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String assignment : inputs.vars()) {
            int equals = assignment.indexOf('=');
            String name = equals < 0 ? "" : assignment.substring(0, equals).trim();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                throw new InputException("--var " + assignment + ": expected name=value");
            }
            values.put(name, assignment.substring(equals + 1));
        }
        return new TerraformLoader.Variables(varFiles, values);
    }

    /** Paths given on the command line become the scan scope: a folder as is, a file through its folder. */
    private static Path scopeRootOf(String given) {
        Path path = Path.of(given);
        return java.nio.file.Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    /** {@link #distinctByPlaceAndText} for suppressed findings (the first suppression of each is kept). */
    private static List<SuppressedFinding> distinctSuppressed(List<SuppressedFinding> suppressed) {
        java.util.Map<List<Object>, SuppressedFinding> byKey = new java.util.LinkedHashMap<>();
        for (SuppressedFinding s : suppressed) {
            Finding finding = s.finding();
            byKey.putIfAbsent(List.of(finding.ruleId(), finding.location(), finding.message(), finding.severity()), s);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * One finding per rule, place and message: a local module called by two root modules yields the same finding at
     * the same line of the module file twice, under two module addresses; the reader needs it once, with the places
     * of every caller that makes it true (its related locations, each once, in the order the callers were linted),
     * so that fixing one caller does not reveal the next.
     */
    private static List<Finding> distinctByPlaceAndText(List<Finding> findings) {
        java.util.Map<List<Object>, Finding> byKey = new java.util.LinkedHashMap<>();
        for (Finding finding : findings) {
            byKey.merge(List.of(finding.ruleId(), finding.location(), finding.message(), finding.severity()), finding,
                    LintEngine::withRelatedOf);
        }
        return new ArrayList<>(byKey.values());
    }

    /** {@code first} with the related locations of {@code again} it does not have yet. */
    private static Finding withRelatedOf(Finding first, Finding again) {
        if (first.related().containsAll(again.related())) {
            return first;
        }
        java.util.LinkedHashSet<RelatedLocation> related = new java.util.LinkedHashSet<>(first.related());
        related.addAll(again.related());
        return first.at(first.location(), List.copyOf(related));
    }

    /** Where a finding is shown, for a parser that knows where its text came from. */
    private static Placement placement(Finding finding) {
        return new Placement(finding.location(), finding.related());
    }

    /** {@code finding} at the place a parser moved it to (null: it stays where it is). */
    private static Finding placed(Finding finding, Placement moved) {
        return moved == null ? finding : finding.at(moved.location(), moved.related());
    }
}
