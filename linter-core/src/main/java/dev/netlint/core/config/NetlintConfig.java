package dev.netlint.core.config;

import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.source.Location;
import dev.netlint.core.suppress.PathGlobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The contents of a {@code .netlint.yaml}, every value with the place it was written so later checks (a rule id the
 * registry does not know) still point at the line. Fields not set in the file are null (lists: empty), so the command
 * line and the defaults can fill them: command line over file over defaults.
 *
 * @param file                where it was read from (null: no configuration file)
 * @param base                the folder relative paths in it are relative to (the file's folder)
 * @param failOn              the configured fail-on; null when not set
 * @param rules               per rule, keyed by the id or name as written, in file order
 * @param exclude             path patterns of files never read
 * @param workspaces          path patterns of folders that are workspaces of their own (same dialect as exclude)
 * @param ruleFolders         folders of users' own rule files ({@code *.groovy}), resolved against {@code base}
 * @param clusterIpFamily     ipv4 or ipv6
 * @param defaultTargetType   instance or ip
 * @param inlineSuppressions  false: comments and annotations suppress nothing
 * @param baseline            baseline file, resolved against {@code base}
 * @param strict              true: report checks that could not be decided as info findings
 * @param ruleFoldersAt       where {@code rule-folders} is written (null: it is not)
 */
public record NetlintConfig(Path file, Path base, FailOn failOn, Map<String, RuleEntry> rules, List<String> exclude,
                            List<String> workspaces, List<Path> ruleFolders, String clusterIpFamily,
                            String defaultTargetType, Boolean inlineSuppressions, Path baseline, Boolean strict,
                            Location ruleFoldersAt) {

    /** One entry under {@code rules:}; {@code enabled} and {@code severity} are null when not set. */
    public record RuleEntry(String key, Location at, Boolean enabled, Severity severity, List<String> exclude,
                            String reason) {
        public RuleEntry {
            exclude = List.copyOf(exclude);
        }
    }

    public static final NetlintConfig NONE = new NetlintConfig(null, Path.of(""), null, Map.of(), List.of(), List.of(),
            List.of(), null, null, null, null, null, null);

    public NetlintConfig {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        exclude = List.copyOf(exclude);
        workspaces = List.copyOf(workspaces);
        ruleFolders = List.copyOf(ruleFolders);
    }

    /**
     * The rule entries keyed by rule id, checked against the rules the run knows.
     *
     * @param ruleIdOf the id of a rule written as id (any case) or name, or null when there is no such rule
     */
    public Map<String, RuleEntry> rulesById(Function<String, String> ruleIdOf) throws ConfigException {
        Map<String, RuleEntry> byId = new LinkedHashMap<>();
        for (RuleEntry entry : rules.values()) {
            String id = ruleIdOf.apply(entry.key());
            if (id == null) {
                throw new ConfigException(entry.at(), "rules: no rule '" + entry.key() + "' (see netlint --list-rules)");
            }
            RuleEntry previous = byId.put(id, entry);
            if (previous != null) {
                throw new ConfigException(entry.at(), "rules: " + entry.key() + " is configured twice (also as "
                        + previous.key() + " at line " + previous.at().line() + ")");
            }
        }
        return byId;
    }

    /** Rule ids this configuration turns off. */
    public List<String> disabledRules(Function<String, String> ruleIdOf) throws ConfigException {
        List<String> off = new ArrayList<>();
        for (Map.Entry<String, RuleEntry> entry : rulesById(ruleIdOf).entrySet()) {
            if (Boolean.FALSE.equals(entry.getValue().enabled())) {
                off.add(entry.getKey());
            }
        }
        return off;
    }

    /**
     * The policy for the engine: excludes, per-rule severities and path exclusions, inline suppressions, workspace
     * roots (patterns relative to {@link #base()}), strict.
     */
    public LintPolicy policy(Function<String, String> ruleIdOf) throws ConfigException {
        Map<String, LintPolicy.RulePolicy> rulePolicies = new LinkedHashMap<>();
        for (Map.Entry<String, RuleEntry> entry : rulesById(ruleIdOf).entrySet()) {
            RuleEntry rule = entry.getValue();
            if (rule.severity() != null || !rule.exclude().isEmpty()) {
                rulePolicies.put(entry.getKey(), new LintPolicy.RulePolicy(rule.severity(),
                        new PathGlobs(rule.exclude(), base), rule.reason()));
            }
        }
        return new LintPolicy(new PathGlobs(exclude, base), rulePolicies,
                inlineSuppressions == null || inlineSuppressions, null, null, new PathGlobs(workspaces, base),
                Boolean.TRUE.equals(strict));
    }
}
