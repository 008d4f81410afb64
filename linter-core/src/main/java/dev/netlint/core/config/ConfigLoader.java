package dev.netlint.core.config;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.suppress.PathGlobs;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code .netlint.yaml} through the positioned YAML loader (SnakeYAML Engine's compose API), so every problem
 * is reported as {@code file:line:column: message}: unknown keys (with the known ones, and the likely one when the
 * key is only spelt differently), values of the wrong type or outside their set, invalid path patterns.
 * <pre>
 * fail-on: warning                         # error | warning | info | never
 * rules:
 *   NET003: off                            # off | on | error | warning | info
 *   NET001: {severity: error}
 *   alb-ingress-not-grouped: info          # ids or names
 *   NET002: {exclude: [legacy/**], reason: "legacy VPC is retired in Q3"}
 * exclude: [charts/**, legacy/*.yaml]      # never read these files
 * workspaces: [clusters/*]                 # each matching folder is linted as a workspace of its own
 * rule-folders: [tools/netlint-rules]      # users' own *.groovy rules
 * settings: {cluster-ip-family: ipv6, default-target-type: ip}
 * inline-suppressions: true
 * baseline: netlint-baseline.txt
 * strict: false                            # true: also report what could not be verified, as info
 * </pre>
 */
public final class ConfigLoader {

    /**
     * The file looked for when {@code --config} is not given: in the working directory, else (when exactly one folder
     * is linted) in that folder; see {@link dev.netlint.core.engine.EffectiveOptions.Builder#inputFolder}.
     */
    public static final String DEFAULT_FILE = ".netlint.yaml";

    static final List<String> TOP_KEYS = List.of("fail-on", "rules", "exclude", "workspaces", "rule-folders",
            "settings", "inline-suppressions", "baseline", "strict");
    static final List<String> RULE_KEYS = List.of("enabled", "severity", "exclude", "reason");
    static final List<String> SETTING_KEYS = List.of("cluster-ip-family", "default-target-type");
    static final List<String> FAIL_ON = FailOn.LABELS;

    /**
     * The default file in {@code directory} when there is one, else {@link NetlintConfig#NONE}. A file found this way
     * may come with the tree being scanned, so it is only read when it is a regular file itself: a symbolic link
     * (which could lead to any file on the machine) or a FIFO, device or folder of that name is refused without
     * being opened, and the message never shows what it points to or holds.
     */
    public NetlintConfig loadDefault(Path directory) throws ConfigException {
        Path file = directory.resolve(DEFAULT_FILE);
        String display = (directory.toString().isEmpty() ? DEFAULT_FILE : file.toString()).replace('\\', '/');
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return NetlintConfig.NONE;
        }
        if (Files.isSymbolicLink(file)) {
            throw new ConfigException(display + ": is a symbolic link; netlint does not follow a configuration it finds "
                    + "by itself (name the file with --config FILE to use it)");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException(display + ": not a regular file (a folder, FIFO, socket or device); not read");
        }
        return load(file, display);
    }

    /** A file the user named ({@code --config}): symbolic links are followed, but it must be a regular file. */
    public NetlintConfig load(Path file) throws ConfigException {
        String display = file.toString().replace('\\', '/');
        if (!Files.exists(file)) {
            throw new ConfigException(display + ": no such configuration file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(display + ": not a regular file (a folder, FIFO, socket or device); not read");
        }
        return load(file, display);
    }

    private NetlintConfig load(Path file, String display) throws ConfigException {
        SourceReader.Read read = new SourceReader(SourceReader.DEFAULT_MAX_FILE_BYTES)
                .read(new SourceFile(file, display, SourceFormat.YAML));
        if (read.text() == null) {
            throw new ConfigException(read.problemAt(), read.problem());
        }
        YamlLoader.Result yaml = new YamlLoader().load(read.text());
        if (yaml.problem() != null) {
            throw new ConfigException(yaml.problem().location(), yaml.problem().message());
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        if (yaml.documents().isEmpty()) {
            return new NetlintConfig(file, base, null, Map.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    null, null);
        }
        if (yaml.documents().size() > 1) {
            throw new ConfigException(yaml.documents().get(1).location(), "a configuration is one YAML document, not several");
        }
        PMap top = map(yaml.documents().get(0), "the configuration");
        checkKeys(top, TOP_KEYS, "");
        String failOnWord = oneOf(top, "fail-on", FAIL_ON, "");
        FailOn failOn = failOnWord == null ? null : FailOn.of(failOnWord);
        Map<String, NetlintConfig.RuleEntry> rules = new LinkedHashMap<>();
        PNode rulesNode = top.get("rules");
        if (rulesNode != null && !isNull(rulesNode)) {
            PMap ruleMap = map(rulesNode, "rules");
            for (PMap.Entry entry : ruleMap.entries().values()) {
                rules.put(entry.key(), rule(entry));
            }
        }
        List<String> exclude = globs(top, "exclude", "");
        List<String> workspaces = globs(top, "workspaces", "");
        List<Path> ruleFolders = new ArrayList<>();
        for (String folder : strings(top, "rule-folders", "")) {
            ruleFolders.add(base.resolve(folder).normalize());
        }
        String ipFamily = null;
        String targetType = null;
        PNode settingsNode = top.get("settings");
        if (settingsNode != null && !isNull(settingsNode)) {
            PMap settings = map(settingsNode, "settings");
            checkKeys(settings, SETTING_KEYS, "settings.");
            ipFamily = oneOf(settings, "cluster-ip-family", List.of("ipv4", "ipv6"), "settings.");
            targetType = oneOf(settings, "default-target-type", List.of("instance", "ip"), "settings.");
        }
        Boolean inline = bool(top, "inline-suppressions", "");
        String baseline = string(top, "baseline", "");
        Boolean strict = bool(top, "strict", "");
        return new NetlintConfig(file, base, failOn, rules, exclude, workspaces, ruleFolders, ipFamily, targetType, inline,
                baseline == null ? null : base.resolve(baseline).normalize(), strict,
                top.get("rule-folders") == null ? null : keyLocation(top, "rule-folders"));
    }

    private static Location keyLocation(PMap map, String key) {
        PMap.Entry entry = map.entries().get(key);
        return entry == null ? map.get(key).location() : entry.keyLocation();
    }

    private static NetlintConfig.RuleEntry rule(PMap.Entry entry) throws ConfigException {
        String key = entry.key();
        Location at = entry.keyLocation();
        PNode value = entry.value();
        String where = "rules." + key;
        if (value instanceof PScalar scalar && !scalar.isNull()) {
            String word = scalar.text().strip().toLowerCase(Locale.ROOT);
            return switch (word) {
                case "off", "false", "disabled" -> new NetlintConfig.RuleEntry(key, at, false, null, List.of(), null);
                case "on", "true", "enabled" -> new NetlintConfig.RuleEntry(key, at, true, null, List.of(), null);
                case "error", "warning", "info" ->
                        new NetlintConfig.RuleEntry(key, at, true, Severity.parse(word), List.of(), null);
                default -> throw new ConfigException(scalar.location(), where + ": '" + scalar.text()
                        + "' is not off, on, error, warning or info (or a map of enabled, severity, exclude, reason)");
            };
        }
        PMap map = map(value, where);
        checkKeys(map, RULE_KEYS, where + ".");
        String severity = oneOf(map, "severity", List.of("error", "warning", "info"), where + ".");
        return new NetlintConfig.RuleEntry(key, at, bool(map, "enabled", where + "."),
                severity == null ? null : Severity.parse(severity), globs(map, "exclude", where + "."),
                string(map, "reason", where + "."));
    }

    private static void checkKeys(PMap map, List<String> known, String prefix) throws ConfigException {
        for (PMap.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                String normal = entry.key().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
                String hint = known.contains(normal) ? "did you mean '" + normal + "'? " : "";
                throw new ConfigException(entry.keyLocation(), "unknown key '" + prefix + entry.key() + "' ("
                        + hint + "known" + (prefix.isEmpty() ? "" : " under " + prefix.substring(0, prefix.length() - 1))
                        + ": " + String.join(", ", known) + ")");
            }
        }
    }

    private static PMap map(PNode node, String what) throws ConfigException {
        if (node instanceof PMap map) {
            return map;
        }
        throw new ConfigException(node.location(), what + " must be a map of keys and values");
    }

    private static boolean isNull(PNode node) {
        return node instanceof PScalar scalar && scalar.isNull();
    }

    private static String string(PMap map, String key, String prefix) throws ConfigException {
        PNode node = map.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof PScalar scalar) {
            return scalar.text();
        }
        throw new ConfigException(node.location(), prefix + key + " must be a single value");
    }

    private static String oneOf(PMap map, String key, List<String> allowed, String prefix) throws ConfigException {
        String value = string(map, key, prefix);
        if (value == null) {
            return null;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(word)) {
            throw new ConfigException(map.get(key).location(), prefix + key + ": '" + value + "' is not one of "
                    + String.join(", ", allowed));
        }
        return word;
    }

    private static Boolean bool(PMap map, String key, String prefix) throws ConfigException {
        PNode node = map.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof PScalar scalar && scalar.kind() == PScalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
        }
        throw new ConfigException(node.location(), prefix + key + " must be true or false");
    }

    /** A list of strings; a single string is a list of one. */
    private static List<String> strings(PMap map, String key, String prefix) throws ConfigException {
        PNode node = map.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof PScalar scalar) {
            return List.of(scalar.text());
        }
        if (!(node instanceof PList list)) {
            throw new ConfigException(node.location(), prefix + key + " must be a list");
        }
        List<String> values = new ArrayList<>();
        for (PNode item : list.items()) {
            if (!(item instanceof PScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                throw new ConfigException(item.location(), prefix + key + ": each item must be a non-empty string");
            }
            values.add(scalar.text());
        }
        return values;
    }

    private static List<String> globs(PMap map, String key, String prefix) throws ConfigException {
        List<String> patterns = strings(map, key, prefix);
        PNode node = map.get(key);
        for (int i = 0; i < patterns.size(); i++) {
            try {
                PathGlobs.check(patterns.get(i));
            } catch (IllegalArgumentException e) {
                Location at = node instanceof PList list ? list.items().get(i).location() : node.location();
                throw new ConfigException(at, prefix + key + ": '" + patterns.get(i) + "': " + e.getMessage());
            }
        }
        return patterns;
    }
}
