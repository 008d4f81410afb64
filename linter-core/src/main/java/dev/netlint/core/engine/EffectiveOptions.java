package dev.netlint.core.engine;

import dev.netlint.core.config.ConfigException;
import dev.netlint.core.config.NetlintConfig;
import dev.netlint.core.config.ConfigLoader;
import dev.netlint.core.config.FailOn;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.groovy.UserRuleLoader.RuleFileException;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.suppress.Baseline;
import dev.netlint.core.suppress.Baseline.BaselineException;
import dev.netlint.core.suppress.PathGlobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place front ends (the CLI, the Maven plugin) turn their explicit options and a {@code .netlint.yaml} into
 * what a run needs: explicit option over configuration file over defaults. Rule folders are the configuration's
 * {@code rule-folders} (only when the configuration is trusted: named explicitly, or marked with
 * {@link Builder#trustConfig}) plus the explicit ones; disabled rules are the configuration's plus the explicit ones; explicit
 * workspace patterns replace the configuration's {@code workspaces}.
 * <p>
 * Resolution happens in stages so a front end can report problems in its own order and skip what it does not need:
 * {@link Builder#load()} reads the configuration ({@link ConfigException}) and compiles users' rules
 * ({@link RuleFileException}); {@link #disabledRules()} and {@link #policy()} check the configuration's rule entries
 * against the rules ({@link ConfigException}); {@link #policyWithBaseline()} reads the baseline
 * ({@link BaselineException}). Every message is ready to show ({@code file:line:column: message} where there is one).
 */
public final class EffectiveOptions {

    /** The fail-on words, lowest threshold last. */
    public static final List<String> FAIL_ON = FailOn.LABELS;

    private final NetlintConfig config;
    private final RuleRegistry registry;
    private final LintEngine engine;
    private final List<Path> ruleFolders;
    private final FailOn failOn;
    private final LintSettings settings;
    private final Path baselineFile;
    private final List<String> explicitDisabled;
    private final Boolean inlineSuppressions;
    private final boolean strict;
    private final PathGlobs workspaces;
    private final boolean explicitWorkspaces;
    private final boolean configTrusted;
    private final boolean baselineFromConfig;
    private final String ruleFoldersNotLoaded;
    private final PathGlobs excludes;

    private EffectiveOptions(Builder builder, NetlintConfig config, RuleRegistry registry, List<Path> ruleFolders,
                             boolean configTrusted, String ruleFoldersNotLoaded) {
        this.config = config;
        this.registry = registry;
        this.engine = new LintEngine(registry);
        this.ruleFolders = List.copyOf(ruleFolders);
        this.failOn = builder.failOn != null ? builder.failOn : config.failOn() != null ? config.failOn() : FailOn.WARNING;
        String ipFamily = builder.clusterIpFamily != null ? builder.clusterIpFamily.toLowerCase(Locale.ROOT)
                : config.clusterIpFamily();
        String targetType = builder.defaultTargetType != null ? builder.defaultTargetType : config.defaultTargetType();
        // Parsed here, once; a spelling that is neither is refused by the front end's own check (CLI, Maven plugin).
        this.settings = new LintSettings(ipFamily == null ? Optional.empty() : IpFamily.parse(ipFamily),
                targetType == null ? LintSettings.DEFAULTS.defaultTargetType()
                        : TargetType.parse(targetType).orElse(LintSettings.DEFAULTS.defaultTargetType()));
        this.baselineFile = builder.baselineFile != null ? builder.baselineFile : config.baseline();
        this.baselineFromConfig = builder.baselineFile == null && config.baseline() != null;
        this.configTrusted = configTrusted;
        this.ruleFoldersNotLoaded = ruleFoldersNotLoaded;
        this.explicitDisabled = List.copyOf(builder.disabledRules);
        this.inlineSuppressions = builder.inlineSuppressions;
        this.strict = builder.strict != null ? builder.strict : Boolean.TRUE.equals(config.strict());
        this.explicitWorkspaces = !builder.workspaces.isEmpty();
        this.workspaces = explicitWorkspaces ? new PathGlobs(builder.workspaces, builder.workspaceBase)
                : new PathGlobs(config.workspaces(), config.base());
        this.excludes = new PathGlobs(builder.excludes, builder.excludeBase);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration read ({@link NetlintConfig#NONE} when there is none). */
    public NetlintConfig config() {
        return config;
    }

    /** The built-in rules plus the users' rules of {@link #ruleFolders()}. */
    public RuleRegistry registry() {
        return registry;
    }

    /** An engine over {@link #registry()}. */
    public LintEngine engine() {
        return engine;
    }

    /** The rule folders whose rules run: the configuration's (when it is trusted), then the explicit ones. */
    public List<Path> ruleFolders() {
        return ruleFolders;
    }

    /**
     * True when the configuration may load code: it was named explicitly ({@code --config}, the Maven plugin's
     * {@code configFile}) or marked trusted ({@code --trust-config}, {@code trustConfig}). A configuration netlint
     * found by itself (in the working directory or the folder being linted) may come with the tree under review, so
     * it can tune rules but its {@code rule-folders} are not loaded.
     */
    public boolean configTrusted() {
        return configTrusted;
    }

    /**
     * When a configuration found by netlint itself names {@code rule-folders}, the one-line note saying they were not
     * loaded ({@code file:line:column: ...}); else null. Front ends print it once.
     */
    public String ruleFoldersNotLoaded() {
        return ruleFoldersNotLoaded;
    }

    /** The command line's or Maven's fail-on, else the configuration's, else warning. */
    public FailOn failOn() {
        return failOn;
    }

    /** The lowest severity that fails the run, or null for never. */
    public Severity failThreshold() {
        return failOn.threshold();
    }

    public LintSettings settings() {
        return settings;
    }

    /**
     * The folders that are workspaces of their own: the explicit patterns (relative to the folder the front end
     * gave), else the configuration's {@code workspaces} (relative to its file); {@link PathGlobs#isEmpty()}: one
     * workspace.
     */
    public PathGlobs workspaces() {
        return workspaces;
    }

    /** True when {@link #workspaces()} are the explicit patterns rather than the configuration's. */
    public boolean workspacesAreExplicit() {
        return explicitWorkspaces;
    }

    /** The baseline file (explicit, else the configuration's), or null. */
    public Path baselineFile() {
        return baselineFile;
    }

    /** Rule ids turned off: the configuration's, then the explicit ones (an unknown explicit rule is an error). */
    public List<String> disabledRules() throws ConfigException {
        List<String> off = new ArrayList<>(withHint(() -> config.disabledRules(engine::ruleIdOf)));
        for (String rule : explicitDisabled) {
            String id = engine.ruleIdOf(rule);
            if (id == null) {
                throw new ConfigException("no rule '" + rule + "' to disable");
            }
            off.add(id);
        }
        return off;
    }

    /** True when undecided checks are reported as info findings (explicit, else the configuration's, else false). */
    public boolean strict() {
        return strict;
    }

    /** The configuration's policy with the inline-suppressions, workspaces and strict overrides, without the baseline. */
    public LintPolicy policy() throws ConfigException {
        LintPolicy policy = withHint(() -> config.policy(engine::ruleIdOf)).withWorkspaces(workspaces).withStrict(strict)
                .withMoreExcluded(excludes);
        return inlineSuppressions == null ? policy : policy.withInlineSuppressions(inlineSuppressions);
    }

    private interface FromConfig<T> {
        T get() throws ConfigException;
    }

    /** A rule the configuration names may be one of the rule folders that were not loaded: say so. */
    private <T> T withHint(FromConfig<T> read) throws ConfigException {
        try {
            return read.get();
        } catch (ConfigException e) {
            if (ruleFoldersNotLoaded == null) {
                throw e;
            }
            throw new ConfigException(e.getMessage() + " (its rule-folders were not loaded: this configuration was "
                    + "found in the scanned tree, not named; pass --trust-config or --rules DIR)");
        }
    }

    /**
     * {@link #policy()} with the baseline read from {@link #baselineFile()}, when there is one. A baseline named by a
     * configuration that is not trusted must be a regular file inside that configuration's folder (no link out of
     * it, no device or FIFO).
     */
    public LintPolicy policyWithBaseline() throws ConfigException, BaselineException {
        LintPolicy policy = policy();
        if (baselineFile == null) {
            return policy;
        }
        return policy.withBaseline(baselineFromConfig && !configTrusted
                ? Baseline.readInside(baselineFile, config.base()) : Baseline.read(baselineFile));
    }

    /** A request for these inputs with the effective settings, disabled rules and policy (baseline included). */
    public LintRequest request(List<String> paths, String stdinText, int threads, long maxFileBytes)
            throws ConfigException, BaselineException {
        return new LintRequest(paths, stdinText, settings, disabledRules(), threads, maxFileBytes, policyWithBaseline());
    }

    /** The explicit options; anything left unset (null) comes from the configuration file, then the defaults. */
    public static final class Builder {
        private Path configFile;
        private Path configDirectory = Path.of("");
        private Path inputFolder;
        private RuleRegistry builtIn;
        private FailOn failOn;
        private String clusterIpFamily;
        private String defaultTargetType;
        private final List<String> disabledRules = new ArrayList<>();
        private final List<Path> ruleFolders = new ArrayList<>();
        private Path baselineFile;
        private Boolean inlineSuppressions;
        private Boolean strict;
        private final List<String> workspaces = new ArrayList<>();
        private Path workspaceBase = Path.of("");
        private boolean trustConfig;
        private final List<String> excludes = new ArrayList<>();
        private Path excludeBase = Path.of("");

        private Builder() {
        }

        /**
         * true: the configuration netlint finds by itself is trusted as if named with {@link #configFile}, so its
         * {@code rule-folders} are loaded ({@code --trust-config}). An explicit configuration file is always trusted.
         */
        public Builder trustConfig(boolean trusted) {
            this.trustConfig = trusted;
            return this;
        }

        /** An explicit configuration file, which must exist; null: look for the default one. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** Where {@code .netlint.yaml} is looked for when no file is given (default: the working directory). */
        public Builder configDirectory(Path directory) {
            this.configDirectory = directory;
            return this;
        }

        /**
         * The one folder the run lints, when it lints exactly one (null otherwise): without a configuration file
         * given and without {@code .netlint.yaml} in {@link #configDirectory}, this folder's {@code .netlint.yaml} is
         * used (as checkov does), so {@code netlint samples/} from elsewhere lints samples/ as configured.
         */
        public Builder inputFolder(Path folder) {
            this.inputFolder = folder;
            return this;
        }

        /**
         * Workspace root patterns given explicitly, relative to {@code base}; when there are any they replace the
         * configuration's {@code workspaces}.
         */
        public Builder workspaces(List<String> patterns, Path base) {
            this.workspaces.addAll(patterns);
            this.workspaceBase = base;
            return this;
        }

        /**
         * Files to leave out besides the configuration's {@code exclude} (the command line's {@code --exclude}), with
         * the same glob syntax, relative to {@code base}.
         */
        public Builder excludes(List<String> patterns, Path base) {
            this.excludes.addAll(patterns);
            this.excludeBase = base;
            return this;
        }

        /** The rules users' rules are added to (default: {@link RuleRegistry#builtIn()}). */
        public Builder builtInRules(RuleRegistry rules) {
            this.builtIn = rules;
            return this;
        }

        /** null: the configuration's, else warning. */
        public Builder failOn(FailOn value) {
            this.failOn = value;
            return this;
        }

        /** ipv4 or ipv6; null: the configuration's, else unknown. */
        public Builder clusterIpFamily(String value) {
            this.clusterIpFamily = value;
            return this;
        }

        /** instance or ip; null: the configuration's, else instance. */
        public Builder defaultTargetType(String value) {
            this.defaultTargetType = value;
            return this;
        }

        /** Rule ids or names to turn off, besides those the configuration turns off. */
        public Builder disabledRules(List<String> rules) {
            this.disabledRules.addAll(rules);
            return this;
        }

        /** Folders of users' rules, after the configuration's {@code rule-folders}. */
        public Builder ruleFolders(List<Path> folders) {
            this.ruleFolders.addAll(folders);
            return this;
        }

        /** A baseline file; null: the configuration's, if any. */
        public Builder baselineFile(Path file) {
            this.baselineFile = file;
            return this;
        }

        /** false: comments and annotations suppress nothing; true: they do; null: as the configuration says. */
        public Builder inlineSuppressions(Boolean enabled) {
            this.inlineSuppressions = enabled;
            return this;
        }

        /** true: report checks that could not be decided as info findings; null: as the configuration says. */
        public Builder strict(Boolean enabled) {
            this.strict = enabled;
            return this;
        }

        /**
         * Reads the configuration and compiles the users' rules (Groovy is compiled only when there are rule folders).
         */
        public EffectiveOptions load() throws ConfigException, RuleFileException {
            for (String pattern : workspaces) {
                try {
                    PathGlobs.check(pattern);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("workspace '" + pattern + "': " + e.getMessage());
                }
            }
            for (String pattern : excludes) {
                try {
                    PathGlobs.check(pattern);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("--exclude '" + pattern + "': " + e.getMessage());
                }
            }
            ConfigLoader loader = new ConfigLoader();
            NetlintConfig config;
            if (configFile != null) {
                config = loader.load(configFile);
            } else {
                config = loader.loadDefault(configDirectory);
                if (config.file() == null && inputFolder != null) {
                    config = loader.loadDefault(inputFolder);
                }
            }
            boolean trusted = configFile != null || trustConfig;
            List<Path> folders = new ArrayList<>();
            String notLoaded = null;
            if (trusted) {
                folders.addAll(config.ruleFolders());
            } else if (!config.ruleFolders().isEmpty()) {
                notLoaded = (config.ruleFoldersAt() == null ? config.file().toString().replace('\\', '/')
                        : config.ruleFoldersAt().toString()) + ": rule-folders in a discovered "
                        + ConfigLoader.DEFAULT_FILE + " are not loaded: a configuration netlint finds by itself may "
                        + "come with the code under review, so it can tune rules but never run code; pass "
                        + "--trust-config (Maven: trustConfig) or name the folders with --rules (Maven: rulesDirectory)";
            }
            folders.addAll(ruleFolders);
            RuleRegistry base = builtIn != null ? builtIn : RuleRegistry.builtIn();
            return new EffectiveOptions(this, config, base.withUserRules(folders), folders, trusted, notLoaded);
        }
    }
}
