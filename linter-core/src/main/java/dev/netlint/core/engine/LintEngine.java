package dev.netlint.core.engine;

import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.EvaluationResult;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.parse.terraform.TerraformLoader;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a lint request: collect files, parse them into one workspace, evaluate every enabled rule over it, and
 * return the findings sorted. Contains no knowledge of any output format or front end.
 */
public final class LintEngine {

    private final RuleRegistry registry;

    public LintEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    public LintResult run(LintRequest request) {
        List<String> paths = new ArrayList<>();
        SourceText stdin = null;
        List<Finding> stdinRefused = new ArrayList<>();
        for (String path : request.paths()) {
            if (path.equals("-")) {
                String text = request.stdinText() == null ? "" : request.stdinText();
                SourceFile file = new SourceFile(null, SourceFile.STDIN, SourceFormat.YAML);
                SourceReader.Read read = new SourceReader(request.maxFileBytes())
                        .decode(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                stdin = read.text();
                if (stdin == null) {
                    stdinRefused.add(InputFindings.parseError(read.problemAt(), read.problem()));
                }
            } else {
                paths.add(path);
            }
        }
        SourceCollector.Collected collected = new SourceCollector().collect(paths);
        if (!collected.missing().isEmpty()) {
            throw new InputException("no such file or directory: " + String.join(", ", collected.missing()));
        }
        ScanScope scope = new ScanScope(paths.stream().map(LintEngine::scopeRootOf).toList());
        WorkspaceLoader.Loaded loaded = new WorkspaceLoader(request.maxFileBytes(), scope, request.threads(),
                terraformVariables(request)).withHelm(request.inputs()).load(collected.files(), stdin);
        List<Finding> findings = new ArrayList<>(loaded.inputFindings());
        findings.addAll(stdinRefused);
        List<LintResult.RuleStats> stats = new ArrayList<>();
        findings.addAll(evaluate(new EvalContext(loaded.workspace(), request.settings()), request.disabledRules(), stats));
        if (!loaded.renderedCharts().isEmpty()) {
            findings.replaceAll(f -> RenderedSources.renderedByHelm(f, loaded.renderedCharts()));
        }
        if (stdin != null) {
            RenderedSources rendered = new RenderedSources(SourceFile.STDIN, stdin.text());
            findings.replaceAll(rendered::annotate);
        }
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(findings));
        unique.sort(null);
        List<SkippedFile> skipped = new ArrayList<>(collected.skipped());
        skipped.addAll(loaded.skipped());
        skipped.sort(java.util.Comparator.comparing(SkippedFile::path));
        return new LintResult(unique, loaded.filesLinted(), skipped, stats);
    }

    /** Evaluates the enabled rules over a workspace, adding each rule's statistics to {@code stats}. */
    public List<Finding> evaluate(EvalContext context, List<String> disabled, List<LintResult.RuleStats> stats) {
        Set<String> off = Set.copyOf(disabled);
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : registry.rules()) {
            if (off.contains(rule.id()) || off.contains(rule.name())) {
                continue;
            }
            int checked = 0;
            int unverifiable = 0;
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
                            rule.fix(), rule.docs(), violation.related()));
                }
            }
            stats.add(new LintResult.RuleStats(rule.id(), checked, unverifiable));
        }
        return findings;
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
}
