package dev.netlint.cli;

import dev.netlint.core.config.ConfigException;
import dev.netlint.core.engine.EffectiveOptions;
import dev.netlint.core.config.ConfigPrinter;
import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.NetlintConfig;
import dev.netlint.core.engine.InputException;
import dev.netlint.core.engine.InputOptions;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.OwnFindings;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.groovy.UserRuleLoader.RuleFileException;
import dev.netlint.core.output.OutputFiles;
import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.report.RuleDocumentation;
import dev.netlint.core.report.RuleListJson;
import dev.netlint.core.finding.RulePages;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.report.TerminalMarkdown;
import dev.netlint.core.suppress.Baseline;
import dev.netlint.core.finding.Suppression;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netlint [options] [PATH...]}: maps its options to a {@link LintRequest}, runs the engine and writes the
 * result. No lint logic lives here.
 */
@Command(name = "netlint", sortOptions = false, usageHelpAutoWidth = true,
        description = "Lints Kubernetes manifests and Terraform for AWS EKS networking mistakes.",
        footer = {"", "Configuration: the file given with --config; else .netlint.yaml in the working directory; else, when "
                + "exactly one folder is given to lint, .netlint.yaml in that folder; else none. Command-line options win "
                + "over the file (--print-config shows the result).",
                "", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it (unparsable files "
                + "included); 2 usage or configuration error (a --rules file that does not compile included); 3 internal error."})
public final class NetlintCommand implements Callable<Integer> {

    /** Output formats; all but text are machine formats, which own standard output when they write to it. */
    enum Format { text, json, sarif, github, checkstyle, junit, gitlab }

    /** --fail-on's words as picocli parses and lists them; each names a {@link FailOn}. */
    enum FailOnWord { error, warning, info, never }

    @Parameters(paramLabel = "PATH", description = "Files or folders to lint (default: .); - reads YAML from standard input.")
    List<String> paths = new ArrayList<>();

    /**
     * One report: a format and where it goes. Repeatable; an {@code --output} belongs to the {@code --format} next to
     * it ({@code --format sarif --output netlint.sarif --format github}), and at most one report may go to standard
     * output.
     */
    static final class Report {
        @Option(names = "--format", paramLabel = "FORMAT",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: text). Repeatable, each with its own --output.")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report of the --format given with it to FILE instead of standard output.")
        Path output;

        Report() {}

        Report(Format format, Path output) {
            this.format = format;
            this.output = output;
        }

        Format formatOrText() {
            return format == null ? Format.text : format;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "")
    List<Report> reports = new ArrayList<>();

    @Option(names = "--sarif-root", paramLabel = "DIR",
            description = "Root the paths in sarif, github, checkstyle and junit reports are relative to (default: the working directory).")
    Path sarifRoot;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: warning).")
    FailOnWord failOn;

    @Option(names = "--cluster-ip-family", paramLabel = "FAMILY",
            description = "IP family of the cluster the manifests run on, when no Terraform cluster in the input says it: ipv4 or ipv6.")
    String clusterIpFamily;

    @Option(names = "--default-target-type", paramLabel = "TYPE",
            description = "The AWS Load Balancer Controller's --default-target-type: instance (default) or ip.")
    String defaultTargetType;

    @Option(names = "--var-file", paramLabel = "FILE",
            description = "Terraform variable values for the root modules, as terraform -var-file: applied after "
                    + "terraform.tfvars and *.auto.tfvars, in the order given. Repeatable.")
    List<String> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "A Terraform variable value for the root modules, as terraform -var (wins over tfvars "
                    + "and --var-file). Repeatable.")
    List<String> vars = new ArrayList<>();

    @Option(names = "--helm-values", paramLabel = "FILE",
            description = "Values file for the Helm charts (folders with Chart.yaml) in the input, as helm -f. Repeatable.")
    List<String> helmValues = new ArrayList<>();

    @Option(names = "--helm-set", paramLabel = "KEY=VALUE",
            description = "A value for the Helm charts in the input, as helm --set. Repeatable.")
    List<String> helmSets = new ArrayList<>();

    @Option(names = "--workspace", paramLabel = "GLOB",
            description = "Lint every folder GLOB matches (relative to the working directory, as exclude patterns) as a "
                    + "workspace of its own, never resolved against the others: clusters/* for clusters/prod and "
                    + "clusters/staging. A file belongs to the deepest such folder; the rest is one default workspace. "
                    + "Repeatable; replaces the configuration's workspaces.")
    List<String> workspaces = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Rule ids or names to leave out.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--only", paramLabel = "RULE", split = ",",
            description = "Run only these rules (ids or names); netlint's own findings (parse-error, ...) are still reported.")
    List<String> only = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out the files GLOB matches (relative to the working directory, as the configuration's "
                    + "exclude). Repeatable; adds to the configuration's exclude.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also run the rules of the *.groovy files in DIR (your own rules, in netlint's rule DSL). "
                    + "Repeatable. A rule file is code: name only folders you trust.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .netlint.yaml in the working directory; without one there, "
                    + ".netlint.yaml in the folder to lint when exactly one folder is given).")
    Path configFile;

    @Option(names = "--trust-config",
            description = "Trust the .netlint.yaml netlint finds by itself (in the working directory or the folder to "
                    + "lint) as if named with --config, so its rule-folders run. Without it such a file can tune rules "
                    + "but never load code: it may come with the code under review.")
    boolean trustConfig;

    @Option(names = "--print-config", description = "Print the effective configuration as YAML and exit.")
    boolean printConfig;

    @Option(names = "--no-inline-suppressions",
            description = "Ignore netlint:ignore comments and netlint.dev/ignore annotations (for CI that must not be overridden).")
    boolean noInlineSuppressions;

    @Option(names = "--strict",
            description = "Also report, as info findings, each check a rule could not decide because a value is not"
                    + " known (a variable without default, a module output), with the reason.")
    boolean strict;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that FILE does not list; listed ones are kept as suppressed (kind baseline).")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE (sorted, no line numbers), then report them as suppressed.")
    Path writeBaseline;

    @Option(names = "--threads", paramLabel = "N", description = "Parsing threads, 1 or more (default: all cores).")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Files larger than this are refused (default: 10485760).")
    long maxFileSize = LintRequest.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--list-rules", description = "List the rules and exit (as JSON with --format json).")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE", description = "Print a rule's documentation and exit.")
    String explain;

    @Option(names = {"-v", "--verbose"}, description = "Also print fix hints, rule pages and the files that were skipped.")
    boolean verbose;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean versionRequested;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean helpRequested;

    private InputStream stdin = System.in;

    /** Where {@code .netlint.yaml} is looked for (tests set it; the process cannot change its working directory). */
    Path workingDirectory = Path.of("");

    /**
     * picocli's {@code DefaultFactory} probes for {@code groovy.lang.Closure} (Groovy closures in annotations) when
     * its class is initialised, which happens even with our own factory (picocli calls its static helpers). With
     * Groovy on the class path the probe starts Groovy's whole meta-class runtime, about half a second of every run.
     * netlint's annotations hold no closures, so the probe is switched off with picocli's own property, unless the
     * embedding application has set it.
     */
    static final String PICOCLI_DISABLE_CLOSURES = "picocli.disable.closures";

    static CommandLine commandLine() {
        if (System.getProperty(PICOCLI_DISABLE_CLOSURES) == null) {
            System.setProperty(PICOCLI_DISABLE_CLOSURES, "true");
        }
        CommandLine commandLine = new CommandLine(new NetlintCommand(), PlainFactory.INSTANCE);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getCommandSpec().versionProvider(() -> new String[] {"netlint " + version()});
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            NetlintCommand command = cmd.getCommand();
            cmd.getErr().println(HeapWatch.isOutOfMemory(e) ? HeapWatch.outOfMemoryMessage()
                    : "netlint: internal error: " + e);
            if (command.debug) {
                e.printStackTrace(cmd.getErr());
            }
            return ExitCode.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("netlint: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'netlint --help' for more information.");
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = NetlintCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** Runs with {@code workingDirectory} as the folder {@code .netlint.yaml} is looked for in (for tests). */
    static int run(Path workingDirectory, String... args) {
        CommandLine commandLine = commandLine();
        ((NetlintCommand) commandLine.getCommand()).workingDirectory = workingDirectory;
        return commandLine.execute(args);
    }

    void setStdin(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        disabled = UsageChecks.ruleList(disabled);
        only = UsageChecks.ruleList(only);
        String early = UsageChecks.beforeLoading(threads, ruleDirectories, baselineFile, writeBaseline);
        if (early != null) {
            System.err.println("netlint: " + early);
            return ExitCode.USAGE;
        }
        EffectiveOptions options;
        try {
            // Groovy is compiled only when rule folders are named (--rules, or rule-folders in the configuration):
            // without them start-up loads no compiler.
            options = EffectiveOptions.builder()
                    .configFile(configFile)
                    .configDirectory(workingDirectory)
                    .inputFolder(singleFolder())
                    .workspaces(workspaces, workingDirectory)
                    .excludes(excludes, workingDirectory)
                    .failOn(failOn == null ? null : FailOn.of(failOn.name()))
                    .clusterIpFamily(clusterIpFamily)
                    .defaultTargetType(defaultTargetType)
                    .disabledRules(disabled)
                    .ruleFolders(ruleDirectories)
                    .baselineFile(baselineFile)
                    .inlineSuppressions(noInlineSuppressions ? Boolean.FALSE : null)
                    .strict(strict ? Boolean.TRUE : null)
                    .trustConfig(trustConfig)
                    .load();
        } catch (ConfigException e) {
            System.err.println("netlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuleFileException e) {
            // One "file:line:column: message" line each, unprefixed, so editors and CI consoles link them.
            System.err.println("netlint: cannot load the rules given with --rules or rule-folders:");
            e.problems().forEach(System.err::println);
            return ExitCode.USAGE;
        }
        if (options.ruleFoldersNotLoaded() != null) {
            System.err.println("netlint: note: " + options.ruleFoldersNotLoaded());
        }
        NetlintConfig config = options.config();
        RuleRegistry registry = options.registry();
        List<Report> targets = reports.isEmpty() ? List.of(new Report(Format.text, null)) : reports;
        String outputError = checkOutputs(targets, options.baselineFile());
        if (outputError != null) {
            System.err.println("netlint: " + outputError);
            return ExitCode.USAGE;
        }
        if (listRules) {
            writeReport(targets.get(0).output, out -> listRules(registry, targets.get(0).formatOrText(), out));
            return ExitCode.OK;
        }
        if (explain != null) {
            var rule = registry.find(explain);
            var own = OwnFindings.find(explain);
            if (rule.isEmpty() && own.isEmpty()) {
                System.err.println("netlint: no rule '" + explain + "' (see netlint --list-rules)");
                return ExitCode.USAGE;
            }
            String page = rule.isPresent() ? RuleDocumentation.page(rule.get()) : RuleDocumentation.page(own.get());
            String link = rule.isPresent() ? registry.link(rule.get()) : RulePages.page(own.get().id());
            // Markdown for files and pipes; on a terminal, the same page rendered as text
            Path output = targets.get(0).output;
            boolean terminal = output == null && System.console() != null;
            String text = terminal ? new TerminalMarkdown(100, System.getenv("NO_COLOR") == null).render(page) : page;
            String footer = link == null || link.isBlank() || page.contains(link) ? "" : "\nRule page: " + link + "\n";
            writeReport(output, out -> out.write(text + footer));
            return ExitCode.OK;
        }
        String usageError = validate(registry, targets);
        if (usageError != null) {
            System.err.println("netlint: " + usageError);
            return ExitCode.USAGE;
        }
        LintEngine engine = options.engine();
        // command line over configuration file over defaults (EffectiveOptions)
        FailOn effectiveFailOn = options.failOn();
        Path baselinePath = options.baselineFile();
        List<String> allDisabled;
        LintPolicy policy;
        try {
            allDisabled = new ArrayList<>(options.disabledRules());
            // --only: every rule not named is off; netlint's own findings are not rules and stay on
            for (RuleDefinition rule : registry.rules()) {
                if (!only.isEmpty() && only.stream().noneMatch(rule::isNamed) && !allDisabled.contains(rule.id())) {
                    allDisabled.add(rule.id());
                }
            }
            policy = options.policy();
        } catch (ConfigException e) {
            System.err.println("netlint: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (printConfig) {
            String yaml = ConfigPrinter.print(effective(config, registry, effectiveFailOn, policy, baselinePath,
                    options.settings().clusterIpFamily().map(f -> f.spelling()).orElse(null),
                    options.settings().defaultTargetType().spelling(), allDisabled,
                    options.workspacesAreExplicit(), options.configTrusted()));
            writeReport(targets.get(0).output, out -> out.write(yaml));
            return ExitCode.OK;
        }
        if (baselinePath != null && writeBaseline == null) {
            try {
                policy = options.policyWithBaseline();
            } catch (ConfigException | Baseline.BaselineException e) {
                System.err.println("netlint: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        List<String> inputs = paths.isEmpty() ? List.of(".") : paths;
        String stdinText = null;
        if (inputs.contains("-")) {
            // Never more than the limit: endless input (yes | netlint -) is refused, not read whole.
            byte[] bytes = stdin.readNBytes((int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxFileSize) {
                System.err.println("netlint: standard input is over the " + maxFileSize
                        + "-byte limit (--max-file-size); stopped reading it, nothing was linted");
                return ExitCode.USAGE;
            }
            stdinText = new String(bytes, StandardCharsets.UTF_8);
        }
        LintRequest request = new LintRequest(inputs, stdinText, options.settings(),
                allDisabled, threads == null ? 0 : threads, maxFileSize, policy).withInputs(new InputOptions(varFiles, vars, helmValues, helmSets));
        LintResult result;
        try {
            result = engine.run(request);
        } catch (InputException e) {
            System.err.println("netlint: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (writeBaseline != null) {
            Baseline.write(writeBaseline, result.findings());
            try {
                result = Baseline.read(writeBaseline).apply(result);
            } catch (Baseline.BaselineException e) {
                throw new IllegalStateException("the baseline just written cannot be read: " + e.getMessage(), e);
            }
            System.err.println("netlint: wrote " + result.suppressed().stream()
                    .filter(s -> s.suppression().kind() == Suppression.Kind.BASELINE).count()
                    + " findings to the baseline " + writeBaseline);
        }
        LintResult finalResult = result;
        ReportPaths reportPaths = sarifRoot == null ? ReportPaths.ofWorkingDirectory() : new ReportPaths(sarifRoot, Path.of(""));
        for (Report report : targets) {
            Reporter reporter = reporter(report, registry, reportPaths);
            writeReport(report.output, out -> reporter.write(finalResult, out));
        }
        Severity threshold = options.failThreshold();
        return finalResult.failsAt(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The folder to lint when exactly one folder is given, else null (its .netlint.yaml is the fallback). */
    private Path singleFolder() {
        if (paths.size() != 1 || paths.get(0).equals("-")) {
            return null;
        }
        Path folder = Path.of(paths.get(0));
        return Files.isDirectory(folder) ? folder : null;
    }

    /**
     * The built-in rules plus the users' rules of the given folders (configuration {@code rule-folders}). Groovy is
     * compiled only when there are such folders. The {@code --rules DIR} option adds its folders to the same list.
     */
    private ConfigPrinter.Effective effective(NetlintConfig config, RuleRegistry registry,
                                              FailOn failOn,
                                              LintPolicy policy, Path baseline, String ipFamily, String targetType,
                                              List<String> off, boolean workspacesExplicit, boolean trusted) {
        List<ConfigPrinter.RuleLine> rules = new ArrayList<>();
        for (RuleDefinition rule : registry.rules()) {
            LintPolicy.RulePolicy rulePolicy = policy.rules().get(rule.id());
            rules.add(new ConfigPrinter.RuleLine(rule.id(), rule.name(), !off.contains(rule.id()),
                    rulePolicy != null && rulePolicy.severity() != null ? rulePolicy.severity() : rule.severity(),
                    rulePolicy == null ? List.of() : rulePolicy.exclude().patterns(),
                    rulePolicy == null ? null : rulePolicy.reason()));
        }
        return new ConfigPrinter.Effective(config.file() == null ? null : config.file().toString().replace('\\', '/'),
                failOn, policy.inlineSuppressions(),
                baseline == null ? null : baseline.toString().replace('\\', '/'), policy.exclude().patterns(),
                policy.workspaces().patterns(), workspacesExplicit,
                (trusted ? config.ruleFolders() : List.<Path>of()).stream().map(p -> p.toString().replace('\\', '/')).toList(),
                ipFamily, targetType, rules, policy.strict());
    }

    /** Creates only the reporter asked for ({@link Reporters#forFormat}). */
    private Reporter reporter(Report report, RuleRegistry registry, ReportPaths reportPaths) {
        return Reporters.forFormat(report.formatOrText().name(), version(), registry, reportPaths,
                report.output == null && System.console() != null, verbose);
    }

    private String validate(RuleRegistry registry, List<Report> targets) {
        int toStdout = 0;
        Set<Path> files = new HashSet<>();
        for (Report report : targets) {
            if (report.output == null) {
                toStdout++;
            } else if (!files.add(report.output.toAbsolutePath().normalize())) {
                return "--output " + report.output + " is given for two formats";
            }
        }
        if (toStdout > 1) {
            return "at most one --format can write to standard output; give the others --output FILE";
        }
        if (sarifRoot != null && !Files.isDirectory(sarifRoot)) {
            return "--sarif-root " + sarifRoot + " is not a directory";
        }
        if (clusterIpFamily != null && !List.of("ipv4", "ipv6").contains(clusterIpFamily.toLowerCase(Locale.ROOT))) {
            return "--cluster-ip-family must be ipv4 or ipv6, not '" + clusterIpFamily + "'";
        }
        if (defaultTargetType != null && !List.of("instance", "ip").contains(defaultTargetType)) {
            return "--default-target-type must be instance or ip, not '" + defaultTargetType + "'";
        }
        for (String rule : disabled) {
            if (registry.find(rule).isEmpty() && OwnFindings.find(rule).isEmpty()) {
                return "--disable: no rule '" + rule + "' (see netlint --list-rules)";
            }
        }
        for (String rule : only) {
            if (registry.find(rule).isEmpty()) {
                return "--only: no rule '" + rule + "' (see netlint --list-rules)";
            }
        }
        for (String values : helmValues) {
            if (!Files.isRegularFile(Path.of(values))) {
                return "--helm-values " + values + ": no such file";
            }
        }
        for (String set : helmSets) {
            if (set.indexOf('=') < 1) {
                return "--helm-set " + set + ": expected key=value";
            }
        }
        if (maxFileSize < 1) {
            return "--max-file-size must be positive";
        }
        return null;
    }

    private void listRules(RuleRegistry registry, Format format, Writer out) throws IOException {
        if (format == Format.json) {
            RuleListJson.write(registry.rules(), out);
            return;
        }
        for (RuleDefinition rule : registry.rules()) {
            out.write(String.format("%s  %-40s %-8s %s%n", rule.id(), rule.name(), rule.severity().label(), rule.summary()));
        }
        out.write(String.format("%nFindings netlint reports itself (--explain ID; configure them like rules):%n"));
        for (OwnFindings.Kind kind : OwnFindings.ALL) {
            out.write(String.format("%-47s %-8s %s%n", kind.id(), kind.severity().label(), kind.summary()));
        }
    }

    interface ReportWriter {
        void write(Writer out) throws IOException;
    }

    /**
     * Why an output cannot be written (checked before linting), or null: each {@code --output} and
     * {@code --write-baseline} must be a regular file or a new one in an existing folder, and none of the run's
     * inputs ({@link OutputFiles#refusal}).
     */
    private String checkOutputs(List<Report> targets, Path baseline) {
        List<Path> inputs = new ArrayList<>();
        for (String path : paths.isEmpty() ? List.of(".") : paths) {
            if (!path.equals("-")) {
                inputs.add(Path.of(path));
            }
        }
        if (configFile != null) {
            inputs.add(configFile);
        }
        varFiles.forEach(file -> inputs.add(Path.of(file)));
        helmValues.forEach(file -> inputs.add(Path.of(file)));
        for (Report report : targets) {
            if (report.output != null) {
                List<Path> all = new ArrayList<>(inputs);
                if (baseline != null) {
                    all.add(baseline);
                }
                String refusal = OutputFiles.refusal(report.output, all);
                if (refusal != null) {
                    return "--output " + report.output + ": " + refusal;
                }
            }
        }
        if (writeBaseline != null) {
            // the baseline being replaced may be the one read (--baseline), which --write-baseline ignores
            String refusal = OutputFiles.refusal(writeBaseline, inputs);
            if (refusal != null) {
                return "--write-baseline " + writeBaseline + ": " + refusal;
            }
        }
        return null;
    }

    /**
     * Writes to {@code output} atomically (temp file, then rename; see {@link OutputFiles}), or to standard output
     * when it is null.
     */
    static void writeReport(Path output, ReportWriter writer) throws IOException {
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            writer.write(out);
            out.flush();
            return;
        }
        OutputFiles.writeAtomically(output, writer::write);
    }

    /** Renders the help text (for tests). */
    static String help() {
        StringWriter text = new StringWriter();
        commandLine().usage(new PrintWriter(text));
        return text.toString();
    }
}
