package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's side of issue 4 with the built-in rules: --config and .netlint.yaml discovery (the working
 * directory, else the one folder linted), --print-config, --workspace and workspaces, --no-inline-suppressions,
 * --write-baseline and --baseline, and how suppressed findings show in each format.
 */
class SuppressionsAndConfigTest {

    static final String NODEPORT = """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              type: NodePort
              ports: [{port: 80}]
            """;

    /** NET002's no-egress fixture: four findings at the security group's header. */
    static final String NODE_SG = """
            resource "aws_security_group" "nodes" {
              vpc_id = aws_vpc.main.id
            }

            resource "aws_launch_template" "nodes" {
              vpc_security_group_ids = [aws_security_group.nodes.id]
            }

            resource "aws_eks_node_group" "ng" {
              cluster_name = aws_eks_cluster.main.name
              launch_template {
                id      = aws_launch_template.nodes.id
                version = aws_launch_template.nodes.latest_version
              }
            }
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final Console console = new Console();

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return NetlintCommand.run(dir, args);
    }

    private void clear() {
        console.clear();
    }

    @Test
    void inlineCommentSuppressesAndTextSummaryCountsIt() throws IOException {
        write("k8s/svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET001 behind a firewall"));

        assertThat(run(dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).isEqualTo("1 file linted, 0 skipped: 0 errors, 0 warnings, 0 info, 1 suppressed (1 comment)\n");

        clear();
        assertThat(run("--verbose", dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains("svc.yaml:5:9: suppressed (comment: behind a firewall): Service shop/web is exposed");
    }

    @Test
    void hclCommentAboveTheResourceSuppressesAllItsFindings() throws IOException {
        write("tf/nodes.tf", "// netlint:ignore NET002 egress goes through the inspection VPC\n" + NODE_SG);

        assertThat(run("--format", "json", dir.resolve("tf").toString())).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.path("findings")).hasSize(4).allSatisfy(f -> {
            assertThat(f.path("ruleId").asText()).isEqualTo("NET002");
            assertThat(f.at("/suppressed/kind").asText()).isEqualTo("comment");
            assertThat(f.at("/suppressed/reason").asText()).isEqualTo("egress goes through the inspection VPC");
        });
        assertThat(json.at("/summary/findings").asInt()).isZero();
        assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(4);
    }

    @Test
    void noInlineSuppressionsReportsEverything() throws IOException {
        write("k8s/svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET001 behind a firewall"));

        assertThat(run("--no-inline-suppressions", dir.resolve("k8s").toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains("[NET001 service-nodeport-exposure]").doesNotContain("suppressed");
    }

    @Test
    void configFileInTheWorkingDirectoryIsUsed() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        write(".netlint.yaml", "rules:\n  service-nodeport-exposure: info\n");

        assertThat(run(dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains(": info: Service shop/web");
    }

    @Test
    void commandLineOverridesTheConfigFile() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        Path config = write("conf/netlint.yaml", "fail-on: never\nrules:\n  NET001: {severity: error}\n");

        assertThat(run("--config", config.toString(), dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains(": error: Service shop/web");
        clear();
        assertThat(run("--config", config.toString(), "--fail-on", "error", dir.resolve("k8s").toString()))
                .isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void configOffDisablesARuleAndExcludeSkipsFiles() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        write("charts/x/templates/svc.yaml", "{{ .Values.broken }");
        write(".netlint.yaml", "rules: {NET001: off}\nexclude: [charts]\n");

        assertThat(run("--verbose", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains("skipped " + dir + "/charts/x/templates/svc.yaml: excluded by configuration (exclude: charts)")
                .endsWith("1 file linted, 1 skipped: 0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void configRuleExcludeSuppressesWithKindConfig() throws IOException {
        write("legacy/svc.yaml", NODEPORT);
        write(".netlint.yaml", "rules:\n  NET001: {exclude: [legacy/**], reason: legacy cluster retires in Q3}\n");

        assertThat(run("--format", "json", dir.resolve("legacy").toString())).isEqualTo(ExitCode.OK);
        JsonNode finding = new ObjectMapper().readTree(stdout()).path("findings").get(0);
        assertThat(finding.at("/suppressed/kind").asText()).isEqualTo("config");
        assertThat(finding.at("/suppressed/reason").asText()).isEqualTo("legacy cluster retires in Q3");
    }

    @Test
    void badConfigExitsTwoWithFileAndLine() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        write(".netlint.yaml", "fail-on: warning\nrules:\n  NET001: {severity: loud}\n");

        assertThat(run(dir.resolve("k8s").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).isEqualTo("netlint: " + dir.resolve(".netlint.yaml")
                + ":3:22: rules.NET001.severity: 'loud' is not one of error, warning, info\n");

        clear();
        write(".netlint.yaml", "rulez: {}\n");
        assertThat(run(dir.resolve("k8s").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains(".netlint.yaml:1:1: unknown key 'rulez'");

        clear();
        write(".netlint.yaml", "rules: {NET999: off}\n");
        assertThat(run(dir.resolve("k8s").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains(".netlint.yaml:1:9: rules: no rule 'NET999' (see netlint --list-rules)");
    }

    @Test
    void printConfigShowsTheEffectiveConfiguration() throws IOException {
        write(".netlint.yaml", "rules: {NET003: off, NET001: error}\nsettings: {cluster-ip-family: ipv6}\n");

        assertThat(run("--print-config", "--default-target-type", "ip")).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains("fail-on: warning\n", "inline-suppressions: true\n", "  cluster-ip-family: ipv6\n",
                "  default-target-type: ip\n", "  NET001: {enabled: true, severity: error}  # service-nodeport-exposure\n",
                "  NET003: {enabled: false, severity: ");
        String printed = stdout();
        clear();
        write("printed.yaml", printed.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(run("--print-config", "--config", dir.resolve("printed.yaml").toString(), "--default-target-type", "ip"))
                .isEqualTo(ExitCode.OK);
        assertThat(stdout().lines().skip(1).toList()).isEqualTo(printed.lines().skip(1).toList());
    }

    /** Two environments with the same addresses: prod's node group has no egress, staging's allows everything. */
    private void twoEnvironments(String under) throws IOException {
        write(under + "environments/prod/main.tf", NODE_SG);
        write(under + "environments/staging/main.tf", NODE_SG.replace("  vpc_id = aws_vpc.main.id\n", """
                  vpc_id = aws_vpc.main.id
                  egress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                """));
    }

    private java.util.List<String> net002Files() throws IOException {
        java.util.List<String> files = new java.util.ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(stdout()).path("findings")) {
            if (finding.path("ruleId").asText().equals("NET002")) {
                files.add(finding.path("file").asText().substring(dir.toString().length() + 1));
            }
        }
        return files;
    }

    @Test
    void workspaceOptionLintsEachMatchingFolderApart() throws IOException {
        twoEnvironments("");

        // no workspaces configured: each Terraform root module resolves its own addresses, so prod's missing
        // egress is found (and staging is not given it)
        assertThat(run("--format", "json", dir.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4).containsOnly("environments/prod/main.tf");

        clear();
        assertThat(run("--format", "json", "--workspace", "environments/prod", "--workspace", "environments/staging",
                dir.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4).containsOnly("environments/prod/main.tf");

        clear();
        write(".netlint.yaml", "workspaces: [nothing/*]\n");
        assertThat(run("--format", "json", "--workspace", "environments/*", dir.toString()))
                .as("--workspace replaces the configuration's workspaces").isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4);
    }

    @Test
    void workspacesInTheConfigurationAreRelativeToItsFolderAndPrinted() throws IOException {
        twoEnvironments("repo/");
        write("repo/.netlint.yaml", "workspaces: [environments/*]\n");

        assertThat(run("--format", "json", "--config", dir.resolve("repo/.netlint.yaml").toString(),
                dir.resolve("repo").toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4).containsOnly("repo/environments/prod/main.tf");

        clear();
        assertThat(run("--print-config", "--config", dir.resolve("repo/.netlint.yaml").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains("\nexclude: []\nworkspaces: [\"environments/*\"]\nrule-folders: []\n");
        clear();
        assertThat(run("--print-config", "--workspace", "clusters/*")).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains("\nworkspaces: [\"clusters/*\"]  # --workspace: relative to the working directory\n");
    }

    @Test
    void helpDocumentsWorkspacesAndWhereTheConfigurationIsLookedFor() {
        String help = NetlintCommand.help().replaceAll("\\s+", " ");
        assertThat(help).contains("--workspace=GLOB", "a workspace of its own",
                "Configuration: the file given with --config; else .netlint.yaml in the working directory; else, when "
                        + "exactly one folder is given to lint, .netlint.yaml in that folder; else none.");
    }

    @Test
    void invalidWorkspacePatternIsAUsageError() {
        assertThat(run("--workspace", "clusters/[a", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).startsWith("netlint: workspace 'clusters/[a': not a valid path pattern");
    }

    @Test
    void withoutAConfigurationHereTheOneFolderLintedProvidesIt() throws IOException {
        twoEnvironments("repo/");
        write("repo/.netlint.yaml", "workspaces: [environments/*]\n");

        assertThat(run("--format", "json", dir.resolve("repo").toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4).containsOnly("repo/environments/prod/main.tf");
        clear();
        assertThat(run("--print-config", dir.resolve("repo").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).startsWith("# netlint effective configuration (defaults < "
                + dir.resolve("repo/.netlint.yaml").toString().replace('\\', '/') + " < command line)\n");

        // two folders given: no fallback configuration; the inferred workspaces check each root module
        clear();
        write("other/k8s.yaml", "");
        assertThat(run("--format", "json", "--fail-on", "error", dir.resolve("repo").toString(),
                dir.resolve("other").toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(net002Files()).hasSize(4).containsOnly("repo/environments/prod/main.tf");

        // a configuration in the working directory wins over the folder's
        clear();
        write(".netlint.yaml", "fail-on: never\n");
        assertThat(run("--format", "json", dir.resolve("repo").toString())).isEqualTo(ExitCode.OK);
        assertThat(net002Files()).hasSize(4);
    }

    @Test
    void baselineRoundTrip() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        write("tf/nodes.tf", NODE_SG);
        Path baseline = dir.resolve("netlint-baseline.txt");

        assertThat(run("--write-baseline", baseline.toString(), dir.resolve("k8s").toString(), dir.resolve("tf").toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(stderr()).contains("wrote 5 findings to the baseline");
        assertThat(Files.readAllLines(baseline)).hasSize(6);

        clear();
        write("k8s/svc.yaml", "# moved down\n" + NODEPORT);
        assertThat(run("--baseline", baseline.toString(), dir.resolve("k8s").toString(), dir.resolve("tf").toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(stdout()).endsWith("0 errors, 0 warnings, 0 info, 5 suppressed (5 baseline)\n");

        clear();
        write("k8s/api.yaml", NODEPORT.replace("name: web", "name: api"));
        assertThat(run("--baseline", baseline.toString(), "--format", "sarif", dir.resolve("k8s").toString(),
                dir.resolve("tf").toString())).isEqualTo(ExitCode.FINDINGS);
        JsonNode results = new ObjectMapper().readTree(stdout()).at("/runs/0/results");
        assertThat(results).hasSize(6);
        assertThat(results).filteredOn(r -> r.has("suppressions")).hasSize(5)
                .allSatisfy(r -> assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external"));
        assertThat(results).filteredOn(r -> !r.has("suppressions")).singleElement()
                .satisfies(r -> assertThat(r.at("/message/text").asText()).startsWith("Service shop/api"));
    }

    @Test
    void baselineErrorsExitTwo() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        assertThat(run("--baseline", dir.resolve("missing.txt").toString(), dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("--baseline " + dir.resolve("missing.txt") + ": no such file");

        clear();
        write("bad.txt", "not a fingerprint\n");
        assertThat(run("--baseline", dir.resolve("bad.txt").toString(), dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("bad.txt:1: not a baseline entry");
    }

    @Test
    void githubAndCheckstyleLeaveSuppressedFindingsOut() throws IOException {
        write("k8s/svc.yaml", NODEPORT.replace("type: NodePort", "type: NodePort # netlint:ignore NET001 behind a firewall"));

        assertThat(run("--format", "github", dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("NET001");
        clear();
        assertThat(run("--format", "checkstyle", dir.resolve("k8s").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("NET001");
    }
}
