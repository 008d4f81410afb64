package dev.netlint.maven;

import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.ConfigException;
import dev.netlint.core.engine.EffectiveOptions;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.InputException;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.groovy.UserRuleLoader.RuleFileException;
import dev.netlint.core.suppress.Baseline.BaselineException;
import dev.netlint.core.output.OutputFiles;
import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the module's Kubernetes manifests and Terraform for EKS networking mistakes and fails the build on findings at
 * or above {@code failOnSeverity}, the way {@code checkstyle:check} and {@code pmd:check} do. The mojo maps its
 * parameters to a {@link LintRequest}, runs the {@link LintEngine} and reads the {@link LintResult}; it holds no lint
 * logic and no static mutable state, so modules of a {@code -T} build lint in parallel.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Report formats and their files in ${project.build.directory}/netlint/. */
    private static final Map<String, String> REPORT_FILES = reportFiles();

    /** Skip netlint altogether. */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    private boolean skip;

    /** Folders to lint (recursively). Default: the module's base directory. Sub-module folders are never entered. */
    @Parameter(property = "netlint.sourceDirectories")
    private List<File> sourceDirectories;

    /** Ant-style patterns, relative to the module's base directory, of the files to lint. Default: every file netlint reads. */
    @Parameter(property = "netlint.includes")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to the module's base directory, of files to leave out. Default:
     * {@code **}{@code /target/**}, {@code **}{@code /.git/**}, {@code **}{@code /.terraform/**},
     * {@code **}{@code /node_modules/**}; setting this replaces the default.
     */
    @Parameter(property = "netlint.excludes")
    private List<String> excludes;

    /**
     * Lowest severity that fails the build: error, warning, info or never (as the CLI's --fail-on). Default: the
     * configuration file's {@code fail-on}, else warning.
     */
    @Parameter(property = "netlint.failOnSeverity")
    private String failOnSeverity;

    /** Fail the build on findings at or above failOnSeverity; when false they are only reported. */
    @Parameter(property = "netlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Report files written to ${project.build.directory}/netlint/, one per format: {@code text} (netlint.txt),
     * {@code json} (netlint.json), {@code sarif} (netlint.sarif), {@code checkstyle} (netlint-checkstyle.xml),
     * {@code junit} (netlint-junit.xml) and {@code gitlab} (GitLab Code Quality, netlint-gitlab.json): the CLI's
     * {@code --format} values, written by the same reporters. {@code github} (workflow commands for standard output)
     * is refused. Paths in the reports are relative to the module's base directory.
     */
    @Parameter(property = "netlint.formats", defaultValue = "text,json")
    private List<String> formats;

    /** Print each finding in the build log. */
    @Parameter(property = "netlint.printFindings", defaultValue = "true")
    private boolean printFindings;

    /** The cluster's IP family for Kubernetes-only modules: ipv4 or ipv6 (a Terraform cluster in the input wins). */
    @Parameter(property = "netlint.clusterIpFamily")
    private String clusterIpFamily;

    /**
     * The AWS Load Balancer Controller's --default-target-type: instance or ip. Default: the configuration file's
     * {@code settings.default-target-type}, else instance.
     */
    @Parameter(property = "netlint.defaultTargetType")
    private String defaultTargetType;

    /** Rule ids or names to leave out, besides those the configuration file turns off. */
    @Parameter(property = "netlint.disabledRules")
    private List<String> disabledRules;

    /**
     * netlint configuration file ({@code .netlint.yaml} format, as the CLI's {@code --config}), relative to the
     * module's base directory. Default: {@code .netlint.yaml} in the base directory, when there is one. A file named
     * here that does not exist, or a configuration that cannot be used, fails the build with file:line:column.
     * Parameters set in the POM or on the command line win over the file.
     */
    @Parameter(property = "netlint.configFile")
    private File configFile;

    /**
     * Trust the {@code .netlint.yaml} found in the base directory as if it were named with {@code configFile}, so its
     * {@code rule-folders} are compiled and run (as the CLI's {@code --trust-config}). Without it (the default) such
     * a file can tune rules but never load code; its rule folders are skipped with a warning. A file named with
     * {@code configFile} is always trusted.
     */
    @Parameter(property = "netlint.trustConfig", defaultValue = "false")
    private boolean trustConfig;

    /**
     * A folder of your own rules: its {@code *.groovy} files (not sub-folders), in netlint's rule DSL, are compiled with
     * static type checking and run with the built-in rules, as the CLI's {@code --rules}. A rule file is code that runs
     * in the build: name only a folder you trust, as you trust the POM. A file that does not compile fails the build
     * with its file:line:column.
     */
    @Parameter(property = "netlint.rulesDirectory")
    private File rulesDirectory;

    /**
     * A baseline file of known findings (as written by the CLI's {@code --write-baseline}), relative to the module's
     * base directory: only findings it does not list count; listed ones stay in the reports as suppressed. Default:
     * the configuration file's {@code baseline}, if any.
     */
    @Parameter(property = "netlint.baselineFile")
    private File baselineFile;

    /**
     * Whether {@code netlint:ignore} comments and {@code netlint.dev/ignore} annotations suppress findings. false is
     * the CLI's {@code --no-inline-suppressions}. Default: the configuration file's {@code inline-suppressions}, else
     * true.
     */
    @Parameter(property = "netlint.inlineSuppressions")
    private Boolean inlineSuppressions;

    /**
     * Also report, as info findings, each check a rule could not decide because a value is not known, with the
     * reason. Unset: as the configuration file says (default false).
     */
    @Parameter(property = "netlint.strict")
    private Boolean strict;

    /**
     * Folder patterns, relative to the module's base directory, in the glob dialect of the configuration's
     * {@code exclude} ({@code clusters/*}): every folder one matches is linted as a workspace of its own, never
     * resolved against the others (two clusters, two Terraform environments with the same resource addresses). A
     * file belongs to the deepest such folder; the other files form one default workspace. As the CLI's
     * {@code --workspace}. Default: the configuration file's {@code workspaces}, else one workspace.
     */
    @Parameter(property = "netlint.workspaces")
    private List<String> workspaces;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project.modules}", readonly = true)
    private List<String> modules;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping netlint");
            return;
        }
        FailOn failOn = failOn();
        List<String> reportFormats = reportFormats();
        validateSettings();
        EffectiveOptions options = options(failOn);
        RuleRegistry registry = options.registry();
        Severity threshold = options.failThreshold();

        Path base = baseDirectory.toPath();
        SourceScanner scanner = new SourceScanner(base, orDefault(includes, List.of("**/*")),
                orDefault(excludes, SourceScanner.DEFAULT_EXCLUDES), prunedDirectories(base));
        List<Path> roots = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base) : sourceDirectories.stream().map(File::toPath).toList();
        SourceScanner.Scan scan;
        try {
            scan = scanner.scan(roots);
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot read the source directories: " + e.getMessage(), e);
        }
        for (Path link : scan.symbolicLinks()) {
            log.warn("netlint: " + scanner.relative(link) + " is a symbolic link, not followed");
        }

        LintRequest request;
        try {
            request = options.request(scan.files().stream().map(Path::toString).toList(), null, 0,
                    LintRequest.DEFAULT_MAX_FILE_BYTES);
        } catch (ConfigException | BaselineException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage());
        }
        LintResult result;
        try {
            result = DisplayPaths.relativeTo(options.engine().run(request), scanner);
        } catch (InputException e) {
            throw new MojoExecutionException("netlint: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("netlint: internal error: " + e.getMessage(), e);
        }

        if (printFindings) {
            result.findings().forEach(finding -> print(log, finding));
        }
        for (var skipped : result.skipped()) {
            log.debug("netlint: skipped " + skipped.path() + ": " + skipped.reason());
        }
        log.info("netlint: " + summary(result));
        writeReports(result, reportFormats, registry);

        if (failOnViolation && result.failsAt(threshold)) {
            throw new MojoFailureException("netlint found " + failingCounts(result, threshold) + " (fail on "
                    + threshold.label() + ")" + reportHint(reportFormats));
        }
    }

    /** failOnSeverity, checked; null when not set (the configuration file's fail-on, else warning). */
    private FailOn failOn() throws MojoExecutionException {
        if (failOnSeverity == null || failOnSeverity.isBlank()) {
            return null;
        }
        FailOn value = FailOn.of(failOnSeverity.trim());
        if (value == null) {
            throw new MojoExecutionException("netlint: failOnSeverity must be one of "
                    + String.join(", ", FailOn.LABELS) + ", not '" + failOnSeverity + "'");
        }
        return value;
    }

    private List<String> reportFormats() throws MojoExecutionException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String format : orDefault(formats, List.<String>of())) {
            String value = format.trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.equals("github")) {
                throw new MojoExecutionException("netlint: report format 'github' is for the command line and the"
                        + " GitHub Action (annotations on standard output); use sarif for code scanning (supported: "
                        + String.join(", ", REPORT_FILES.keySet()) + ")");
            }
            if (!REPORT_FILES.containsKey(value)) {
                throw new MojoExecutionException("netlint: unknown report format '" + format.trim()
                        + "' (supported: " + String.join(", ", REPORT_FILES.keySet()) + ")");
            }
            chosen.add(value);
        }
        return List.copyOf(chosen);
    }

    /**
     * Maps the parameters to the core's {@link EffectiveOptions}: parameters over the configuration file over the
     * defaults. Reads the configuration and compiles the users' rules (only when there are rule folders).
     */
    private EffectiveOptions options(FailOn failOn) throws MojoExecutionException {
        RuleRegistry builtIn = RuleRegistry.builtIn(CheckMojo.class.getClassLoader());
        List<String> disabled = orDefault(disabledRules, List.<String>of()).stream()
                .map(String::trim).filter(id -> !id.isEmpty()).toList();
        EffectiveOptions options;
        try {
            options = EffectiveOptions.builder()
                    .builtInRules(builtIn)
                    .configFile(configFile == null ? null : module(configFile))
                    .configDirectory(baseDirectory.toPath())
                    .trustConfig(trustConfig)
                    .failOn(failOn)
                    .clusterIpFamily(blankToNull(clusterIpFamily))
                    .defaultTargetType(blankToNull(defaultTargetType))
                    .disabledRules(disabled)
                    .ruleFolders(rulesDirectory == null ? List.of() : List.of(module(rulesDirectory)))
                    .baselineFile(baselineFile == null ? null : module(baselineFile))
                    .inlineSuppressions(inlineSuppressions)
                    .strict(strict)
                    .workspaces(orDefault(workspaces, List.<String>of()).stream().map(String::trim)
                            .filter(glob -> !glob.isEmpty()).toList(), baseDirectory.toPath())
                    .load();
        } catch (ConfigException e) {
            // file:line:column: message, as the compiler plugin reports
            throw new MojoExecutionException("netlint: " + e.getMessage());
        } catch (RuleFileException e) {
            // Each problem on its own line as file:line:column: message, the way the compiler plugin reports.
            throw new MojoExecutionException("netlint: cannot load the rules in "
                    + (rulesDirectory == null ? "rule-folders" : "rulesDirectory " + rulesDirectory) + ":"
                    + System.lineSeparator() + String.join(System.lineSeparator(), e.problems()));
        }
        RuleRegistry registry = options.registry();
        for (String id : disabled) {
            if (registry.find(id).isEmpty()) {
                throw new MojoExecutionException("netlint: disabledRules: no rule '" + id + "' (known: "
                        + registry.rules().stream().map(r -> r.id() + " " + r.name()).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (options.config().file() != null) {
            getLog().info("netlint: using configuration " + options.config().file());
        }
        if (options.ruleFoldersNotLoaded() != null) {
            getLog().warn("netlint: " + options.ruleFoldersNotLoaded());
        }
        int loaded = registry.rules().size() - builtIn.rules().size();
        if (!options.ruleFolders().isEmpty()) {
            getLog().info("netlint: loaded " + loaded + (loaded == 1 ? " rule from " : " rules from ")
                    + options.ruleFolders().stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        return options;
    }

    /** A path as given in the POM, relative to the module's base directory. */
    private Path module(File file) {
        Path path = file.toPath();
        return (path.isAbsolute() ? path : baseDirectory.toPath().resolve(path)).normalize();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void validateSettings() throws MojoExecutionException {
        String family = blankToNull(clusterIpFamily);
        if (family != null && !List.of("ipv4", "ipv6").contains(family.toLowerCase(Locale.ROOT))) {
            throw new MojoExecutionException("netlint: clusterIpFamily must be ipv4 or ipv6, not '" + clusterIpFamily + "'");
        }
        String targetType = blankToNull(defaultTargetType);
        if (targetType != null && !List.of("instance", "ip").contains(targetType)) {
            throw new MojoExecutionException("netlint: defaultTargetType must be instance or ip, not '" + defaultTargetType + "'");
        }
    }

    /** The build directory and the sub-modules' folders: the latter lint their own files in their own executions. */
    private Set<Path> prunedDirectories(Path base) {
        Set<Path> pruned = new HashSet<>();
        pruned.add(buildDirectory.toPath());
        for (String module : orDefault(modules, List.<String>of())) {
            Path folder = base.resolve(module).normalize();
            // <module> may name a pom file rather than its folder
            pruned.add(Files.isRegularFile(folder) ? folder.getParent() : folder);
        }
        return pruned;
    }

    private static void print(Log log, Finding finding) {
        StringBuilder line = new StringBuilder(where(finding.location().file(), finding.location().line(),
                finding.location().column()))
                .append(' ').append(finding.message()).append(" [").append(finding.ruleId()).append(']');
        for (RelatedLocation related : finding.related()) {
            line.append(System.lineSeparator()).append("    ").append(where(related.location().file(),
                    related.location().line(), related.location().column())).append(' ').append(related.message());
        }
        switch (finding.severity()) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }

    /** The position the way the Maven compiler, Checkstyle and PMD log it, which IDEs and CI consoles link. */
    private static String where(String file, int line, int column) {
        return file + ":[" + line + "," + column + "]";
    }

    private static String summary(LintResult result) {
        return String.format(Locale.ROOT, "%d file%s linted, %d skipped: %s", result.filesLinted(),
                result.filesLinted() == 1 ? "" : "s", result.skipped().size(),
                String.join(", ", count(result, Severity.ERROR), count(result, Severity.WARNING), count(result, Severity.INFO)));
    }

    private static String failingCounts(LintResult result, Severity threshold) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (severity.isAtLeast(threshold) && result.count(severity) > 0) {
                parts.add(count(result, severity));
            }
        }
        return String.join(", ", parts);
    }

    private static String count(LintResult result, Severity severity) {
        long n = result.count(severity);
        String word = switch (severity) {
            case ERROR -> n == 1 ? "error" : "errors";
            case WARNING -> n == 1 ? "warning" : "warnings";
            case INFO -> "info";
        };
        return n + " " + word;
    }

    private String reportHint(List<String> reportFormats) {
        if (reportFormats.isEmpty()) {
            return "";
        }
        Path report = reportFile(reportFormats.get(0));
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path shown = report.startsWith(base) ? base.relativize(report) : report;
        return "; see " + shown.toString().replace('\\', '/');
    }

    private static Map<String, String> reportFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("text", "netlint.txt");
        files.put("json", "netlint.json");
        files.put("sarif", "netlint.sarif");
        files.put("checkstyle", "netlint-checkstyle.xml");
        files.put("junit", "netlint-junit.xml");
        files.put("gitlab", "netlint-gitlab.json");
        return Collections.unmodifiableMap(files);
    }

    private Path reportFile(String format) {
        return buildDirectory.toPath().toAbsolutePath().normalize().resolve("netlint").resolve(REPORT_FILES.get(format));
    }

    /** The same reporters as the CLI's --format; the file paths in the result are already relative to the module. */
    private Reporter reporter(String format, RuleRegistry registry) {
        return Reporters.forFormat(format, version(), registry, new ReportPaths(baseDirectory.toPath()), false, true);
    }

    private void writeReports(LintResult result, List<String> reportFormats, RuleRegistry registry)
            throws MojoExecutionException {
        for (String format : reportFormats) {
            Reporter reporter = reporter(format, registry);
            Path target = reportFile(format);
            try {
                writeAtomically(target, out -> reporter.write(result, out));
            } catch (IOException e) {
                throw new MojoExecutionException("netlint: cannot write " + target + ": " + e.getMessage(), e);
            }
            getLog().debug("netlint: wrote " + target);
        }
    }

    private interface ReportWriter {
        void write(Writer out) throws IOException;
    }

    /** Temp file and rename, so a reader (a CI step, an IDE) never sees half a report ({@link OutputFiles}). */
    private static void writeAtomically(Path target, ReportWriter writer) throws IOException {
        Files.createDirectories(target.getParent());
        OutputFiles.writeAtomically(target, writer::write);
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = CheckMojo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    private static <T> List<T> orDefault(List<T> value, List<T> fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
