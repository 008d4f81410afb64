package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.FormedWorkspace;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.helm.ChartValues;
import dev.netlint.core.parse.helm.HelmCharts;
import dev.netlint.core.parse.helm.HelmSourceMap;
import dev.netlint.core.parse.json.JsonLoader;
import dev.netlint.core.parse.k8s.K8sMapper;
import dev.netlint.core.parse.terraform.CallSites;
import dev.netlint.core.parse.terraform.PlanLoader;
import dev.netlint.core.parse.terraform.TerraformLoader;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.suppress.CommentScanner;
import dev.netlint.core.suppress.Directive;
import dev.netlint.core.tree.PNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses every file of a run into one {@link Workspace}, or one per group of files when the run has several
 * workspaces, on all cores. Each Kubernetes file is one task and each Terraform folder (a module) is one task;
 * results are merged in task order, so a workspace does not depend on scheduling. File text is dropped as soon as its
 * file is parsed.
 */
public final class WorkspaceLoader {

    /** The workspace and what could not be read into it. */
    public record Loaded(Workspace workspace, List<Finding> inputFindings, List<SkippedFile> skipped, int filesLinted,
                         List<Directive> comments, HelmSourceMap renderedCharts, CallSites cachedModuleCalls) {

        public Loaded(Workspace workspace, List<Finding> inputFindings, List<SkippedFile> skipped, int filesLinted) {
            this(workspace, inputFindings, skipped, filesLinted, List.of(), HelmSourceMap.none());
        }

        public Loaded(Workspace workspace, List<Finding> inputFindings, List<SkippedFile> skipped, int filesLinted,
                      List<Directive> comments, HelmSourceMap renderedCharts) {
            this(workspace, inputFindings, skipped, filesLinted, comments, renderedCharts, CallSites.NONE);
        }
    }

    private record TaskResult(Workspace.Builder elements, List<Finding> findings, List<SkippedFile> skipped,
                              int filesLinted, List<Directive> comments) {
        TaskResult(Workspace.Builder elements, List<Finding> findings, List<SkippedFile> skipped, int filesLinted) {
            this(elements, findings, skipped, filesLinted, new ArrayList<>());
        }

        static TaskResult empty() {
            return new TaskResult(Workspace.builder(), new ArrayList<>(), new ArrayList<>(), 0);
        }
    }

    private final SourceReader reader;
    private final ScanScope scope;
    private final int threads;
    private final TerraformLoader.Variables variables;
    private final long maxFileBytes;
    private InputOptions helm = InputOptions.NONE;
    /** The templates of the charts rendered in this run, to put findings back where they were written. */
    private final HelmSourceMap renderedCharts;
    /** Where the user calls the modules terraform init cached, for every root module of the run. */
    private final List<CallSites> cachedModuleCalls = java.util.Collections.synchronizedList(new ArrayList<>());

    public WorkspaceLoader(long maxFileBytes, ScanScope scope, int threads) {
        this(maxFileBytes, scope, threads, TerraformLoader.Variables.NONE);
    }

    /** {@code variables}: {@code --var-file}/{@code --var} values for every root Terraform module of the run. */
    public WorkspaceLoader(long maxFileBytes, ScanScope scope, int threads, TerraformLoader.Variables variables) {
        this.reader = new SourceReader(maxFileBytes);
        this.maxFileBytes = maxFileBytes;
        this.renderedCharts = new HelmSourceMap(reader);
        this.scope = scope;
        this.threads = threads;
        this.variables = variables;
    }

    /** Helm values for charts ({@code --helm-values}, {@code --helm-set}). */
    public WorkspaceLoader withHelm(InputOptions options) {
        this.helm = options;
        return this;
    }

    public Loaded load(List<SourceFile> files, SourceText stdin) {
        return loadEach(List.of(files), stdin).get(0);
    }

    /**
     * Loads several workspaces at once, one {@link Loaded} per group of files, in group order; standard input joins
     * the first group. All parsing tasks share one pool and each group's results are merged in task order, so every
     * workspace is the same whatever the scheduling. A Terraform folder that another scanned folder calls as a local
     * module is linted only through its callers, whichever workspace they are in (a shared {@code modules/} folder is
     * not linted a second time as a root with unknown inputs); it still counts as linted in its own group.
     */
    public List<Loaded> loadEach(List<List<SourceFile>> groups, SourceText stdin) {
        return merge(parse(groups, stdin), groups.size());
    }

    /**
     * Loads the files of a run with no configured workspaces into the workspaces {@link WorkspaceInference} forms
     * from what was parsed: each Terraform root apart, manifests with the root nearest to them (see there).
     * {@code scanRoots}: the folders the user gave, as absolute normalised paths.
     */
    public Inferred loadInferred(List<SourceFile> files, SourceText stdin, List<Path> scanRoots) {
        Parsed parsed = parse(List.of(files), stdin);
        List<WorkspaceInference.Unit> units = new ArrayList<>();
        for (int task = 0; task < parsed.results().size(); task++) {
            TaskUnit unit = parsed.units().get(task);
            units.add(new WorkspaceInference.Unit(unit.place(), unit.display(), unit.terraform(),
                    parsed.results().get(task).elements()));
        }
        WorkspaceInference.Partition partition = new WorkspaceInference(scanRoots).partition(units);
        List<Integer> assigned = partition.groupOfUnit();
        Parsed regrouped = new Parsed(parsed.results(), assigned, parsed.units(), new int[partition.groups().size()]);
        // files linted through their callers count in the first workspace: the total is what matters
        if (regrouped.lintedThroughCallers().length > 0) {
            regrouped.lintedThroughCallers()[0] = java.util.Arrays.stream(parsed.lintedThroughCallers()).sum();
        }
        return new Inferred(merge(regrouped, partition.groups().size()), partition.groups());
    }

    /** The workspaces of a run without configured ones, with what each holds and why. */
    public record Inferred(List<Loaded> loaded, List<FormedWorkspace> formed) {}

    /**
     * What one parsing task read: a Terraform root module, a manifest (or plan) file, a chart, standard input;
     * {@code place} is its folder (null for standard input).
     */
    private record TaskUnit(Path place, String display, boolean terraform) {}

    private record Parsed(List<TaskResult> results, List<Integer> taskGroup, List<TaskUnit> units,
                          int[] lintedThroughCallers) {}

    private Parsed parse(List<List<SourceFile>> groups, SourceText stdin) {
        List<java.util.concurrent.Callable<TaskResult>> tasks = new ArrayList<>();
        List<Integer> taskGroup = new ArrayList<>();
        List<TaskUnit> units = new ArrayList<>();
        if (stdin != null) {
            tasks.add(() -> kubernetes(stdin));
            taskGroup.add(0);
            units.add(new TaskUnit(null, SourceFile.STDIN, false));
        }
        Map<Path, List<SourceFile>> modules = new LinkedHashMap<>();
        Map<Path, Integer> moduleGroup = new java.util.HashMap<>();
        List<Path> charts = new ArrayList<>();
        for (int group = 0; group < groups.size(); group++) {
            for (SourceFile file : groups.get(group)) {
                if (!file.isStdin() && file.path().getFileName().toString().equals("Chart.yaml")) {
                    charts.add(file.path().toAbsolutePath().normalize().getParent());
                    tasks.add(() -> helmChart(file));
                    taskGroup.add(group);
                    units.add(new TaskUnit(file.path().toAbsolutePath().normalize().getParent(),
                            folderOf(file.displayPath()), false));
                }
            }
        }
        for (int group = 0; group < groups.size(); group++) {
            for (SourceFile file : groups.get(group)) {
                if (!file.isStdin() && charts.stream().anyMatch(c -> file.path().toAbsolutePath().normalize().startsWith(c))) {
                    continue; // part of a chart: linted as Helm renders it
                }
                if (file.format().isTerraform()) {
                    modules.computeIfAbsent(file.moduleDirectory(), k -> new ArrayList<>()).add(file);
                    moduleGroup.putIfAbsent(file.moduleDirectory(), group); // a folder is in one workspace
                } else if (isKustomization(file)) {
                    tasks.add(() -> kustomization(file));
                    taskGroup.add(group);
                    units.add(new TaskUnit(file.path().toAbsolutePath().normalize().getParent(), file.displayPath(),
                            false));
                } else {
                    tasks.add(() -> kubernetesFile(file));
                    taskGroup.add(group);
                    units.add(new TaskUnit(file.isStdin() ? null : file.path().toAbsolutePath().normalize().getParent(),
                            file.displayPath(), false));
                }
            }
        }
        Set<Path> children = LocalModuleCalls.childrenOnly(modules, reader);
        int[] lintedThroughCallers = new int[groups.size()];
        for (Map.Entry<Path, List<SourceFile>> module : modules.entrySet()) {
            int group = moduleGroup.get(module.getKey());
            if (!children.contains(module.getKey())) {
                tasks.add(() -> terraformModule(module.getValue()));
                taskGroup.add(group);
                units.add(new TaskUnit(module.getKey(), folderOf(module.getValue().get(0).displayPath()), true));
            } else {
                lintedThroughCallers[group] += module.getValue().size(); // read and linted as part of the calling module
            }
        }
        return new Parsed(runAll(tasks), taskGroup, units, lintedThroughCallers);
    }

    private static String folderOf(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "." : display.substring(0, slash);
    }

    private List<Loaded> merge(Parsed parsed, int groupCount) {
        List<TaskResult> results = parsed.results();
        List<Integer> taskGroup = parsed.taskGroup();
        List<Workspace.Builder> workspaces = new ArrayList<>();
        List<List<Finding>> findings = new ArrayList<>();
        List<List<SkippedFile>> skipped = new ArrayList<>();
        List<List<Directive>> comments = new ArrayList<>();
        for (int group = 0; group < groupCount; group++) {
            workspaces.add(Workspace.builder());
            findings.add(new ArrayList<>());
            skipped.add(new ArrayList<>());
            comments.add(new ArrayList<>());
        }
        int[] linted = parsed.lintedThroughCallers().clone();
        for (int task = 0; task < results.size(); task++) {
            int group = taskGroup.get(task);
            TaskResult result = results.get(task);
            workspaces.get(group).addAll(result.elements());
            findings.get(group).addAll(result.findings());
            skipped.get(group).addAll(result.skipped());
            comments.get(group).addAll(result.comments());
            linted[group] += result.filesLinted();
        }
        List<Loaded> loaded = new ArrayList<>();
        CallSites callSites = CallSites.merge(List.copyOf(cachedModuleCalls));
        for (int group = 0; group < groupCount; group++) {
            loaded.add(new Loaded(workspaces.get(group).build(), findings.get(group), skipped.get(group), linted[group],
                    comments.get(group), renderedCharts, callSites));
        }
        return loaded;
    }

    private List<TaskResult> runAll(List<java.util.concurrent.Callable<TaskResult>> tasks) {
        if (threads <= 1 || tasks.size() <= 1) {
            List<TaskResult> results = new ArrayList<>();
            for (var task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(null, runnable, "netlint-parse", 16L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<TaskResult>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            List<TaskResult> results = new ArrayList<>();
            for (Future<TaskResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static TaskResult call(java.util.concurrent.Callable<TaskResult> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException("parsing failed: " + e, e);
        }
    }

    private TaskResult kubernetesFile(SourceFile file) {
        SourceReader.Read read = reader.read(file);
        if (read.text() == null) {
            TaskResult result = TaskResult.empty();
            result.findings().add(InputFindings.unreadable(read));
            return result;
        }
        return kubernetes(read.text());
    }

    private TaskResult kubernetes(SourceText text) {
        TaskResult result = TaskResult.empty();
        result.comments().addAll(CommentScanner.scan(text));
        String display = text.file().displayPath();
        List<PNode> documents = new ArrayList<>();
        ParseProblem problem;
        if (text.file().format() == SourceFormat.JSON) {
            JsonLoader.Result json = new JsonLoader().load(text);
            if (PlanLoader.isPlan(json.document())) {
                return terraformPlan(text, json.document().asMap());
            }
            if (json.document() != null) {
                documents.add(json.document());
            }
            problem = json.problem();
        } else {
            YamlLoader.Result yaml = new YamlLoader().load(text);
            if (yaml.problem() == null && yaml.documents().size() == 1 && PlanLoader.isPlan(yaml.documents().get(0))) {
                return terraformPlan(text, yaml.documents().get(0).asMap()); // terraform show -json ... | netlint -
            }
            documents.addAll(yaml.documents());
            problem = yaml.problem();
        }
        if (problem != null) {
            result.findings().add(looksTemplated(text.text()) && !problem.limit()
                    ? InputFindings.unrenderedTemplate(problem.location())
                    : looksLikeTerraformTemplate(text.text()) && !problem.limit()
                    ? InputFindings.unrenderedTerraformTemplate(problem.location())
                    : InputFindings.of(problem));
            return new TaskResult(result.elements(), result.findings(), result.skipped(), 1, result.comments());
        }
        K8sMapper mapper = new K8sMapper();
        boolean anyObject = false;
        for (PNode document : documents) {
            List<ModelElement> elements = mapper.map(document);
            anyObject |= K8sMapper.isKubernetesObject(document);
            elements.forEach(result.elements()::add);
        }
        if (!anyObject) {
            result.skipped().add(new SkippedFile(display, documents.isEmpty() ? "empty"
                    : "not a Kubernetes manifest (no apiVersion and kind)"));
            return result;
        }
        return new TaskResult(result.elements(), result.findings(), result.skipped(), 1, result.comments());
    }

    /**
     * Renders a chart with Helm's engine and lints the documents of each template as that template's file (joined by
     * {@code ---}), recording them so that findings can be put back on the template's lines afterwards.
     */
    private TaskResult helmChart(SourceFile chartYaml) {
        TaskResult result = TaskResult.empty();
        Path chart = chartYaml.path().toAbsolutePath().normalize().getParent();
        String display = chartYaml.displayPath();
        String chartDisplay = display.contains("/") ? display.substring(0, display.lastIndexOf('/')) : "";
        Map<String, String> sets = new LinkedHashMap<>();
        for (String set : helm.helmSets()) {
            int equals = set.indexOf('=');
            sets.put(set.substring(0, Math.max(equals, 0)), set.substring(equals + 1));
        }
        HelmCharts.Rendered rendered = HelmCharts.render(chart,
                helm.helmValues().stream().map(Path::of).toList(), sets, maxFileBytes);
        String inChart = chartDisplay.isEmpty() ? "" : chartDisplay + "/";
        if (!rendered.skipped().isEmpty()) {
            result.findings().add(InputFindings.helmFilesSkipped(dev.netlint.core.source.Location.fileStart(display),
                    rendered.skipped().stream().map(f -> inChart + f).toList()));
        }
        for (dev.netlint.core.parse.helm.ChartCopy.Refused refused : rendered.refused()) {
            result.findings().add(InputFindings.parseError(
                    dev.netlint.core.source.Location.fileStart(inChart + refused.relative()), refused.reason()));
        }
        if (rendered.error() != null) {
            String message = rendered.error().replace("\n\nUse --debug flag to render out invalid YAML", "").strip();
            String missing = HelmCharts.missingDependencies(message);
            result.findings().add(missing != null
                    ? InputFindings.helmDependenciesMissing(dev.netlint.core.source.Location.fileStart(display),
                            missing, chartDisplay.isEmpty() ? "." : chartDisplay)
                    : InputFindings.parseError(helmErrorLocation(message, chartDisplay, display),
                            "Helm could not render this chart: " + message));
            return new TaskResult(result.elements(), result.findings(), result.skipped(), 1);
        }
        List<SourceFile> valuesFiles = new ArrayList<>();
        if (HelmSourceMap.inside(chart, "values.yaml") != null) {
            valuesFiles.add(new SourceFile(chart.resolve("values.yaml"),
                    (chartDisplay.isEmpty() ? "" : chartDisplay + "/") + "values.yaml", SourceFormat.YAML));
        }
        for (String values : helm.helmValues()) {
            valuesFiles.add(new SourceFile(Path.of(values), values.replace('\\', '/'), SourceFormat.YAML));
        }
        HelmSourceMap.Chart source = new HelmSourceMap.Chart(chart, display,
                new ChartValues(valuesFiles, helm.helmSets(), reader));
        Map<String, List<String>> byTemplate = new LinkedHashMap<>();
        for (HelmCharts.Document document : rendered.documents()) {
            if (!document.text().isBlank()) {
                byTemplate.computeIfAbsent(document.template(), t -> new ArrayList<>()).add(document.text());
            }
        }
        int linted = 0;
        for (Map.Entry<String, List<String>> template : byTemplate.entrySet()) {
            String name = template.getKey();
            String relative = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
            String templateDisplay = (chartDisplay.isEmpty() ? "" : chartDisplay + "/") + relative;
            String text = renderedCharts.add(source, relative, templateDisplay, template.getValue());
            SourceFile file = new SourceFile(chart.resolve(relative), templateDisplay, SourceFormat.YAML);
            TaskResult part = kubernetes(new SourceText(file, text));
            result.elements().addAll(part.elements());
            result.findings().addAll(part.findings());
            linted += part.filesLinted();
        }
        return new TaskResult(result.elements(), result.findings(), result.skipped(), Math.max(linted, 1));
    }

    private static final java.util.regex.Pattern HELM_POSITION =
            java.util.regex.Pattern.compile("\\(?([^\\s():]+?/[^\\s():]+):(\\d+)(?::(\\d+))?");

    /** The template and line Helm names in its error ({@code web/templates/svc.yaml:4}), else the Chart.yaml. */
    private static dev.netlint.core.source.Location helmErrorLocation(String message, String chartDisplay,
                                                                      String chartYaml) {
        java.util.regex.Matcher position = HELM_POSITION.matcher(message);
        if (position.find()) {
            String template = position.group(1);
            String relative = template.substring(template.indexOf('/') + 1);
            int line = Integer.parseInt(position.group(2));
            int column = position.group(3) == null ? 1 : Integer.parseInt(position.group(3));
            return new dev.netlint.core.source.Location((chartDisplay.isEmpty() ? "" : chartDisplay + "/") + relative,
                    line, Math.max(column, 1), line, Math.max(column, 1));
        }
        return dev.netlint.core.source.Location.fileStart(chartYaml);
    }

    private static boolean isKustomization(SourceFile file) {
        String display = file.displayPath();
        String name = display.substring(display.lastIndexOf('/') + 1);
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    /**
     * A file named like a kustomization: a real one (kind Kustomization or Component, or no kind at all) is only
     * noted, since its manifests exist only when rendered; any other Kubernetes object in it (a Service saved as
     * kustomization.yaml) is linted like any manifest, whatever the file is called.
     */
    private TaskResult kustomization(SourceFile file) {
        SourceReader.Read read = reader.read(file);
        if (read.text() != null && file.format() != SourceFormat.JSON) {
            YamlLoader.Result yaml = new YamlLoader().load(read.text());
            boolean otherObject = yaml.problem() == null && yaml.documents().stream().anyMatch(document ->
                    K8sMapper.isKubernetesObject(document)
                            && !List.of("Kustomization", "Component").contains(document.asMap().text("kind")));
            if (otherObject) {
                return kubernetes(read.text());
            }
        }
        TaskResult result = TaskResult.empty();
        if (read.text() != null && !Kustomizations.transforms(read.text())) {
            return result; // lists its resources unchanged: they are linted as they are, nothing to render
        }
        String display = file.displayPath();
        int slash = display.lastIndexOf('/');
        result.findings().add(InputFindings.unrenderedKustomization(
                dev.netlint.core.source.Location.fileStart(display), slash < 0 ? "." : display.substring(0, slash)));
        return result;
    }

    /** A Terraform plan ({@code terraform show -json}): its planned resources, in the same model as configuration. */
    private TaskResult terraformPlan(SourceText text, dev.netlint.core.tree.PMap plan) {
        TaskResult result = TaskResult.empty();
        String display = text.file().displayPath();
        int slash = display.lastIndexOf('/');
        List<ParseProblem> problems = new PlanLoader(scope).load(plan, text.file().path(),
                slash < 0 ? "" : display.substring(0, slash), result.elements());
        for (ParseProblem problem : problems) {
            result.findings().add(InputFindings.of(problem));
        }
        return new TaskResult(result.elements(), result.findings(), result.skipped(), 1);
    }

    private static boolean looksTemplated(String text) {
        return text.contains("{{") && text.contains("}}");
    }

    /** {@code ${...}} or {@code %{...}}: Terraform's template syntax (templatefile()). */
    private static boolean looksLikeTerraformTemplate(String text) {
        return TERRAFORM_TEMPLATE.matcher(text).find();
    }

    private static final java.util.regex.Pattern TERRAFORM_TEMPLATE =
            java.util.regex.Pattern.compile("[$%]\\{[^}\\n]*}");

    /** The .tf and .tf.json files directly in a local module's folder (already checked to be in scope). */
    private List<SourceText> moduleFolder(Path folder, String displayFolder, List<ParseProblem> problems) {
        List<SourceText> texts = new ArrayList<>();
        List<Path> paths;
        try (java.util.stream.Stream<Path> listing = java.nio.file.Files.list(folder)) {
            paths = listing.sorted().toList();
        } catch (java.io.IOException | SecurityException e) {
            return texts;
        }
        for (Path path : paths) {
            SourceFormat format = SourceFormat.forFileName(path.getFileName().toString());
            if ((format != SourceFormat.TERRAFORM && format != SourceFormat.TERRAFORM_JSON)
                    || !java.nio.file.Files.isRegularFile(path) || !scope.allows(path)) {
                continue;
            }
            SourceFile file = new SourceFile(path, (displayFolder.equals(".") ? "" : displayFolder + "/")
                    + path.getFileName(), format);
            SourceReader.Read read = reader.read(file);
            if (read.text() == null) {
                problems.add(new ParseProblem(read.problemAt(), read.problem()));
            } else {
                texts.add(read.text());
            }
        }
        return texts;
    }

    private TaskResult terraformModule(List<SourceFile> module) {
        TaskResult result = TaskResult.empty();
        List<SourceText> texts = new ArrayList<>();
        for (SourceFile file : module) {
            SourceReader.Read read = reader.read(file);
            if (read.text() == null) {
                result.findings().add(InputFindings.unreadable(read));
            } else {
                texts.add(read.text());
                result.comments().addAll(CommentScanner.scan(read.text()));
            }
        }
        TerraformLoader.Result loaded = new TerraformLoader(scope, variables, this::moduleFolder)
                .load(texts, result.elements());
        for (ParseProblem problem : loaded.problems()) {
            result.findings().add(InputFindings.of(problem));
        }
        for (ParseProblem note : loaded.notExpanded()) {
            result.findings().add(InputFindings.moduleNotExpanded(note.location(), note.message()));
        }
        if (!loaded.callSites().isEmpty()) {
            cachedModuleCalls.add(loaded.callSites());
        }
        return new TaskResult(result.elements(), result.findings(), result.skipped(), module.size(), result.comments());
    }
}
