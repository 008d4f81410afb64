package dev.netlint.core.config;

import dev.netlint.core.finding.Severity;
import java.util.List;

/**
 * Writes the effective configuration ({@code netlint --print-config}) as YAML that {@link ConfigLoader} reads back:
 * keys in a fixed order, every rule listed by id with its effective state, strings quoted.
 */
public final class ConfigPrinter {

    /** One rule as the run will use it. */
    public record RuleLine(String id, String name, boolean enabled, Severity severity, List<String> exclude,
                           String reason) {}

    /**
     * Everything a run uses, after defaults, the configuration file and the command line were merged.
     * {@code workspacesFromCommandLine}: the workspace patterns are {@code --workspace}'s, relative to the working
     * directory rather than to the configuration file.
     */
    public record Effective(String source, FailOn failOn, boolean inlineSuppressions, String baseline,
                            List<String> exclude, List<String> workspaces, boolean workspacesFromCommandLine,
                            List<String> ruleFolders, String clusterIpFamily, String defaultTargetType,
                            List<RuleLine> rules, boolean strict) {}

    private ConfigPrinter() {}

    public static String print(Effective config) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# netlint effective configuration (defaults < ")
                .append(config.source() == null ? "no configuration file" : config.source())
                .append(" < command line)\n");
        yaml.append("fail-on: ").append(config.failOn().label()).append('\n');
        yaml.append("inline-suppressions: ").append(config.inlineSuppressions()).append('\n');
        yaml.append("strict: ").append(config.strict()).append('\n');
        if (config.baseline() == null) {
            yaml.append("# baseline: none\n");
        } else {
            yaml.append("baseline: ").append(quote(config.baseline())).append('\n');
        }
        yaml.append("exclude: ").append(list(config.exclude())).append('\n');
        yaml.append("workspaces: ").append(list(config.workspaces()));
        if (config.workspacesFromCommandLine()) {
            yaml.append("  # --workspace: relative to the working directory");
        } else if (config.workspaces().isEmpty()) {
            yaml.append("  # none: everything linted is one workspace");
        }
        yaml.append('\n');
        yaml.append("rule-folders: ").append(list(config.ruleFolders())).append('\n');
        yaml.append("settings:\n");
        if (config.clusterIpFamily() == null) {
            yaml.append("  # cluster-ip-family: not set (taken from Terraform clusters in the input, else unknown)\n");
        } else {
            yaml.append("  cluster-ip-family: ").append(config.clusterIpFamily()).append('\n');
        }
        yaml.append("  default-target-type: ").append(config.defaultTargetType()).append('\n');
        yaml.append("rules:\n");
        for (RuleLine rule : config.rules()) {
            yaml.append("  ").append(rule.id()).append(": {enabled: ").append(rule.enabled())
                    .append(", severity: ").append(rule.severity().label());
            if (!rule.exclude().isEmpty()) {
                yaml.append(", exclude: ").append(list(rule.exclude()));
            }
            if (rule.reason() != null) {
                yaml.append(", reason: ").append(quote(rule.reason()));
            }
            yaml.append("}");
            if (!rule.name().equals(rule.id())) {
                yaml.append("  # ").append(rule.name());
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }

    private static String list(List<String> values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return text.append(']').toString();
    }

    /** A double-quoted YAML string (JSON escaping is valid YAML). */
    static String quote(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
