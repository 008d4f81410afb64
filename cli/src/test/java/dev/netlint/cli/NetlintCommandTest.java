package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, formats, standard input, output files. */
class NetlintCommandTest {

    private static final String NODEPORT = Console.NODEPORT_SERVICE;

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
        return Console.write(dir, name, text);
    }

    @Test
    void reportsFindingsAsTextWithPositionAndRuleAndExitsOne() throws IOException {
        write("svc.yaml", NODEPORT);
        int exit = Main.run(dir.toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains(dir + "/svc.yaml:5:9: warning: Service shop/web is exposed on every node's IP"
                + " at a port from 30000-32767 [NET001 service-nodeport-exposure]\n");
        assertThat(stdout()).endsWith("1 file linted, 0 skipped: 0 errors, 1 warning, 0 info\n");
    }

    @Test
    void aChartFindingIsReportedAtTheValuesKeyThatSetItWithTheTemplateLineBeneath() throws IOException {
        write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write("web/values.yaml", "service:\n  type: ClusterIP\n");
        write("web/templates/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}-web
                  {{- with .Values.annotations }}
                  annotations: {{- toYaml . | nindent 4 }}
                  {{- end }}
                spec:
                  type: {{ .Values.service.type }}
                  ports: [{port: 80}]
                """);
        Path prod = write("prod-values.yaml", "annotations: {team: shop}\nservice:\n  type: NodePort\n");

        int exit = Main.run("--helm-values", prod.toString(), dir.resolve("web").toString());

        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains(prod + ":3:9: warning: Service default/netlint-web is exposed on every node's IP"
                + " at a port from 30000-32767 [NET001 service-nodeport-exposure]\n"
                + "    " + dir + "/web/templates/service.yaml:9:9: rendered by templates/service.yaml:9:9 from"
                + " .Values.service.type\n");

        console.clear();
        assertThat(Main.run("--helm-set", "service.type=NodePort", dir.resolve("web").toString()))
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains(dir + "/web/templates/service.yaml:9:9: warning: Service default/netlint-web",
                "    " + dir + "/web/templates/service.yaml:9:9: .Values.service.type set by --helm-set"
                        + " service.type=NodePort\n");
    }

    @Test
    void cleanInputExitsZero() throws IOException {
        write("svc.yaml", NODEPORT.replace("NodePort", "ClusterIP"));
        assertThat(Main.run(dir.toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    void failOnDecidesWhichSeverityFails() throws IOException {
        write("svc.yaml", NODEPORT);
        assertThat(Main.run("--fail-on", "error", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(Main.run("--fail-on", "never", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(Main.run("--fail-on", "info", dir.toString())).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void strictSaysWhatCouldNotBeVerifiedAndWhyWithoutFailingTheRun() throws IOException {
        write("main.tf", """
                module "vpc" {
                  source = "terraform-aws-modules/vpc/aws"
                }

                resource "aws_security_group" "nodes" {
                  egress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = module.vpc.private_subnets_cidr_blocks
                  }
                }

                resource "aws_launch_template" "nodes" {
                  vpc_security_group_ids = [aws_security_group.nodes.id]
                }

                resource "aws_eks_node_group" "ng" {
                  launch_template {
                    id = aws_launch_template.nodes.id
                  }
                }
                """);
        String notVerified = dir + "/main.tf:10:19: info: not verified: the destination of egress"
                + " aws_security_group.nodes is not known: module.vpc.private_subnets_cidr_blocks is an output of a"
                + " module netlint does not expand [NET002 eks-node-sg-missing-required-egress]\n";

        assertThat(Main.run(dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("not verified");

        console.clear();
        assertThat(Main.run("--strict", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains(notVerified);

        console.clear();
        write(".netlint.yaml", "strict: true\n");
        assertThat(Main.run("--config", dir.resolve(".netlint.yaml").toString(), dir.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(stdout()).contains(notVerified);
    }

    @Test
    void writesJsonToTheOutputFile() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        Path report = dir.resolve("report.json");
        int exit = Main.run("--format", "json", "--output", report.toString(), dir.resolve("k8s").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).isEmpty();
        String json = Files.readString(report);
        assertThat(json).contains("\"ruleId\": \"NET001\"", "\"line\": 5", "\"column\": 9",
                "\"resource\": \"Service shop/web\"", "\"summary\": {", "\"warnings\": 1");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".netlint-"));
    }

    @Test
    void readsStandardInputAsYaml() {
        System.setIn(new ByteArrayInputStream(NODEPORT.getBytes(StandardCharsets.UTF_8)));
        int exit = Main.run("-");
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).startsWith("<stdin>:5:9: warning:");
    }

    @Test
    void unparsableFileIsAnErrorFindingAndOtherFilesAreStillLinted() throws IOException {
        write("a-broken.yaml", "kind: Service\nmetadata: [unclosed\n");
        write("b-svc.yaml", NODEPORT);
        int exit = Main.run("--fail-on", "error", dir.toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains("a-broken.yaml:3:1: error: invalid YAML", "[parse-error]",
                "b-svc.yaml:5:9: warning:");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() throws IOException {
        assertThat(Main.run("--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("Unknown option: '--no-such-option'");
        assertThat(Main.run(dir.resolve("missing").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("no such file or directory");
        assertThat(Main.run("--cluster-ip-family", "ipv5", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(Main.run("--disable", "NET999", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(Main.run("--format", "yaml", dir.toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void disabledRulesDoNotReport() throws IOException {
        write("svc.yaml", NODEPORT);
        assertThat(Main.run("--disable", "service-nodeport-exposure", dir.toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    void helpVersionAndRuleListExitZero() {
        assertThat(Main.run("--help")).isZero();
        assertThat(stdout()).contains("Usage: netlint", "--fail-on", "Exit codes:");
        assertThat(Main.run("--version")).isZero();
        assertThat(stdout()).containsPattern("netlint \\d+\\.\\d+\\.\\d+");
        assertThat(Main.run("--list-rules")).isZero();
        assertThat(stdout()).contains("NET001  service-nodeport-exposure", "NET004  ipv6-load-balancer-instance-target");
    }

    @Test
    void verboseListsSkippedFiles() throws IOException {
        write("workflow.yml", "name: ci\non: [push]\njobs: {}\n");
        assertThat(Main.run("--verbose", dir.toString())).isZero();
        assertThat(stdout()).contains("skipped " + dir + "/workflow.yml: not a Kubernetes manifest");
    }
}
