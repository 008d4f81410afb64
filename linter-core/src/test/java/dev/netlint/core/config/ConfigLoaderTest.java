package dev.netlint.core.config;

import dev.netlint.core.engine.EffectiveOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key of {@code .netlint.yaml}, and the file:line:column errors for what is wrong in one. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    static final Function<String, String> RULES = token -> switch (token.toLowerCase()) {
        case "net001", "service-nodeport-exposure" -> "NET001";
        case "net002" -> "NET002";
        case "net003", "alb-ingress-not-grouped" -> "NET003";
        case "suppression-problem" -> "suppression-problem";
        default -> null;
    };

    Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve(".netlint.yaml"), yaml);
    }

    String error(String yaml) throws IOException {
        Path file = config(yaml);
        try {
            NetlintConfig config = new ConfigLoader().load(file);
            config.policy(RULES);
            throw new AssertionError("no error for:\n" + yaml);
        } catch (ConfigException e) {
            return e.getMessage().replace(file.toString(), ".netlint.yaml");
        }
    }

    @Test
    void readsEveryKey() throws IOException, ConfigException {
        NetlintConfig config = new ConfigLoader().load(config("""
                fail-on: info
                rules:
                  NET003: off
                  NET001: {severity: error}
                  alb-ingress-not-grouped-x: info
                  NET002:
                    exclude: [legacy/**]
                    reason: legacy VPC is retired in Q3
                exclude: [charts/**, legacy/*.yaml]
                workspaces: [clusters/*, environments/*]
                rule-folders: [tools/netlint-rules]
                settings: {cluster-ip-family: IPv6, default-target-type: ip}
                inline-suppressions: false
                baseline: netlint-baseline.txt
                """.replace("alb-ingress-not-grouped-x", "suppression-problem")));

        assertThat(config.failOn()).isEqualTo(FailOn.INFO);
        assertThat(config.exclude()).containsExactly("charts/**", "legacy/*.yaml");
        assertThat(config.ruleFolders()).containsExactly(dir.toAbsolutePath().resolve("tools/netlint-rules"));
        assertThat(config.clusterIpFamily()).isEqualTo("ipv6");
        assertThat(config.defaultTargetType()).isEqualTo("ip");
        assertThat(config.inlineSuppressions()).isFalse();
        assertThat(config.baseline()).isEqualTo(dir.toAbsolutePath().resolve("netlint-baseline.txt"));
        assertThat(config.disabledRules(RULES)).containsExactly("NET003");
        LintPolicy policy = config.policy(RULES);
        assertThat(policy.inlineSuppressions()).isFalse();
        assertThat(policy.exclude().patterns()).containsExactly("charts/**", "legacy/*.yaml");
        assertThat(config.workspaces()).containsExactly("clusters/*", "environments/*");
        assertThat(policy.workspaces().patterns()).containsExactly("clusters/*", "environments/*");
        // relative to the configuration's folder, as exclude is: a file belongs to the deepest matching folder
        assertThat(policy.workspaces().deepestMatchingFolder(dir.resolve("clusters/prod/k8s/svc.yaml")))
                .isEqualTo(dir.toAbsolutePath().normalize().resolve("clusters/prod"));
        assertThat(policy.workspaces().deepestMatchingFolder(dir.resolve("clusters/svc.yaml"))).isNull();
        assertThat(policy.workspaces().deepestMatchingFolder(dir.resolve("other/prod/svc.yaml"))).isNull();
        assertThat(policy.rules()).containsOnlyKeys("NET001", "NET002", "suppression-problem");
        assertThat(policy.rules().get("NET001").severity()).isEqualTo(Severity.ERROR);
        assertThat(policy.rules().get("suppression-problem").severity()).isEqualTo(Severity.INFO);
        assertThat(policy.rules().get("NET002").exclude().patterns()).containsExactly("legacy/**");
        assertThat(policy.rules().get("NET002").reason()).isEqualTo("legacy VPC is retired in Q3");
    }

    @Test
    void emptyFileIsAnEmptyConfiguration() throws IOException, ConfigException {
        NetlintConfig config = new ConfigLoader().load(config("# nothing yet\n"));
        assertThat(config.rules()).isEmpty();
        assertThat(config.policy(RULES).inlineSuppressions()).isTrue();
    }

    @Test
    void defaultFileIsOptional() throws ConfigException {
        assertThat(new ConfigLoader().loadDefault(dir)).isSameAs(NetlintConfig.NONE);
    }

    @Test
    void unknownKeyIsAnErrorWithLineAndTheKnownKeys() throws IOException {
        assertThat(error("fail-on: error\nfail_on: warning\n")).isEqualTo(".netlint.yaml:2:1: unknown key 'fail_on' "
                + "(did you mean 'fail-on'? known: fail-on, rules, exclude, workspaces, rule-folders, settings, inline-suppressions, baseline, strict)");
        assertThat(error("settings:\n  ip-family: ipv6\n")).isEqualTo(".netlint.yaml:2:3: unknown key "
                + "'settings.ip-family' (known under settings: cluster-ip-family, default-target-type)");
        assertThat(error("rules:\n  NET001: {sev: error}\n")).isEqualTo(".netlint.yaml:2:12: unknown key "
                + "'rules.NET001.sev' (known under rules.NET001: enabled, severity, exclude, reason)");
    }

    @Test
    void badValuesAreErrorsWithLine() throws IOException {
        assertThat(error("rules:\n  NET001: {severity: critical}\n"))
                .isEqualTo(".netlint.yaml:2:22: rules.NET001.severity: 'critical' is not one of error, warning, info");
        assertThat(error("rules:\n  NET001: loud\n")).isEqualTo(".netlint.yaml:2:11: rules.NET001: 'loud' is not off, "
                + "on, error, warning or info (or a map of enabled, severity, exclude, reason)");
        assertThat(error("fail-on: sometimes\n"))
                .isEqualTo(".netlint.yaml:1:10: fail-on: 'sometimes' is not one of error, warning, info, never");
        assertThat(error("settings: {cluster-ip-family: dual}\n"))
                .isEqualTo(".netlint.yaml:1:31: settings.cluster-ip-family: 'dual' is not one of ipv4, ipv6");
        assertThat(error("inline-suppressions: maybe\n"))
                .isEqualTo(".netlint.yaml:1:22: inline-suppressions must be true or false");
        assertThat(error("exclude: {charts: yes}\n")).isEqualTo(".netlint.yaml:1:10: exclude must be a list");
        assertThat(error("exclude: ['charts/[a']\n")).startsWith(".netlint.yaml:1:11: exclude: 'charts/[a': not a valid path pattern");
        assertThat(error("workspaces: [clusters/*, '']\n"))
                .isEqualTo(".netlint.yaml:1:26: workspaces: each item must be a non-empty string");
        assertThat(error("workspaces: {prod: yes}\n")).isEqualTo(".netlint.yaml:1:13: workspaces must be a list");
        assertThat(error("- just\n- a list\n")).isEqualTo(".netlint.yaml:1:1: the configuration must be a map of keys and values");
    }

    @Test
    void unknownRuleIsAnErrorAtItsKey() throws IOException {
        assertThat(error("rules:\n  NET001: off\n  NET777: off\n"))
                .isEqualTo(".netlint.yaml:3:3: rules: no rule 'NET777' (see netlint --list-rules)");
        assertThat(error("rules:\n  NET001: off\n  service-nodeport-exposure: error\n"))
                .isEqualTo(".netlint.yaml:3:3: rules: service-nodeport-exposure is configured twice (also as NET001 at line 2)");
    }

    @Test
    void invalidYamlIsAnErrorWithLine() throws IOException {
        assertThat(error("rules: [\n")).startsWith(".netlint.yaml:2:1: invalid YAML");
    }

    @Test
    void missingExplicitFileIsAnError() {
        assertThatThrownBy(() -> new ConfigLoader().load(dir.resolve("nope.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith("nope.yaml: no such configuration file");
    }

    @Test
    void printedConfigurationReadsBackToTheSameSettings() throws IOException, ConfigException {
        String printed = ConfigPrinter.print(new ConfigPrinter.Effective(".netlint.yaml", FailOn.WARNING, true, "base line.txt",
                List.of("charts/**"), List.of("clusters/*"), false, List.of(), "ipv6", "ip", List.of(
                new ConfigPrinter.RuleLine("NET001", "service-nodeport-exposure", true, Severity.ERROR, List.of(), null),
                new ConfigPrinter.RuleLine("NET002", "NET002", false, Severity.WARNING, List.of("legacy/**"), "say \"why\"")),
                true));

        assertThat(printed).isEqualTo("""
                # netlint effective configuration (defaults < .netlint.yaml < command line)
                fail-on: warning
                inline-suppressions: true
                strict: true
                baseline: "base line.txt"
                exclude: ["charts/**"]
                workspaces: ["clusters/*"]
                rule-folders: []
                settings:
                  cluster-ip-family: ipv6
                  default-target-type: ip
                rules:
                  NET001: {enabled: true, severity: error}  # service-nodeport-exposure
                  NET002: {enabled: false, severity: warning, exclude: ["legacy/**"], reason: "say \\"why\\""}
                """);
        NetlintConfig back = new ConfigLoader().load(config(printed));
        assertThat(back.disabledRules(RULES)).containsExactly("NET002");
        assertThat(back.policy(RULES).rules().get("NET002").reason()).isEqualTo("say \"why\"");
        assertThat(back.rules().keySet()).containsExactly("NET001", "NET002");
        assertThat(back.strict()).isTrue();
        assertThat(back.workspaces()).containsExactly("clusters/*");
    }

    @Test
    void printedConfigurationSaysWhereWorkspacePatternsAreRelativeTo() {
        String none = ConfigPrinter.print(new ConfigPrinter.Effective(null, FailOn.WARNING, true, null, List.of(), List.of(),
                false, List.of(), null, "instance", List.of(), false));
        assertThat(none).contains("\nworkspaces: []  # none: everything linted is one workspace\n");
        String explicit = ConfigPrinter.print(new ConfigPrinter.Effective(null, FailOn.WARNING, true, null, List.of(),
                List.of("envs/*"), true, List.of(), null, "instance", List.of(), false));
        assertThat(explicit).contains("\nworkspaces: [\"envs/*\"]  # --workspace: relative to the working directory\n");
    }

    @Test
    void noDefaultFileInTheWorkingDirectoryFallsBackToTheOneFolderLinted() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path linted = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(linted.resolve(".netlint.yaml"), "workspaces: [clusters/*]\n");

        EffectiveOptions fallback = EffectiveOptions.builder().configDirectory(work).inputFolder(linted)
                .builtInRules(new dev.netlint.core.engine.RuleRegistry(List.of())).load();
        assertThat(fallback.config().file()).isEqualTo(linted.resolve(".netlint.yaml"));
        assertThat(fallback.policy().workspaces().deepestMatchingFolder(linted.resolve("clusters/a/x.yaml")))
                .isEqualTo(linted.toAbsolutePath().normalize().resolve("clusters/a"));

        // the working directory's file wins; an explicit --workspace replaces the file's patterns
        Files.writeString(work.resolve(".netlint.yaml"), "fail-on: error\n");
        EffectiveOptions own = EffectiveOptions.builder().configDirectory(work).inputFolder(linted)
                .workspaces(List.of("envs/*"), work)
                .builtInRules(new dev.netlint.core.engine.RuleRegistry(List.of())).load();
        assertThat(own.config().file()).isEqualTo(work.resolve(".netlint.yaml"));
        assertThat(own.workspacesAreExplicit()).isTrue();
        assertThat(own.policy().workspaces().patterns()).containsExactly("envs/*");
        assertThat(own.policy().workspaces().deepestMatchingFolder(work.resolve("envs/prod/main.tf")))
                .isEqualTo(work.toAbsolutePath().normalize().resolve("envs/prod"));

        assertThatThrownBy(() -> EffectiveOptions.builder().configDirectory(work).workspaces(List.of("envs/[a"), work)
                .builtInRules(new dev.netlint.core.engine.RuleRegistry(List.of())).load())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("workspace 'envs/[a': not a valid path pattern");
    }
}
