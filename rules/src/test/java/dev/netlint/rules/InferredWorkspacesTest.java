package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.FormedWorkspace;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no configured {@code workspaces}, a run is split into clusters from what it reads: every Terraform root
 * apart, manifests with the root nearest to them, repositories (a .git or licence file) never mixed, and
 * definitions one cluster cannot hold kept apart (README "Workspaces").
 */
class InferredWorkspacesTest {

    private static final RuleRegistry RULES = RuleRegistry.builtIn();

    /** An IPv6 cluster: its IP family is a cluster-wide fact for the manifests that run on it. */
    private static final String IPV6_CLUSTER = """
            resource "aws_eks_cluster" "main" {
              name     = "main"
              role_arn = "arn:aws:iam::123456789012:role/eks"
              vpc_config {
                subnet_ids              = ["subnet-a", "subnet-b"]
                endpoint_private_access = true
                endpoint_public_access  = false
              }
              kubernetes_network_config {
                ip_family = "ipv6"
              }
            }
            """;
    /** An NLB Service with the default (instance) targets: wrong in an IPv6 cluster only (NET004). */
    private static final String NLB_SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: payments
              namespace: shop
            spec:
              type: LoadBalancer
              loadBalancerClass: service.k8s.aws/nlb
              selector: {app: payments}
              ports:
              - port: 443
                targetPort: 8443
            """;
    /** A public cluster (NET005) with a node group whose security group allows no egress (NET002). */
    private static final String ENVIRONMENT = """
            resource "aws_eks_cluster" "main" {
              name     = "main"
              role_arn = "arn:aws:iam::123456789012:role/eks"
              vpc_config {
                subnet_ids = ["subnet-a", "subnet-b"]
              }
            }

            resource "aws_security_group" "nodes" {
            }

            resource "aws_launch_template" "nodes" {
              vpc_security_group_ids = [aws_security_group.nodes.id]
            }

            resource "aws_eks_node_group" "ng" {
              cluster_name = aws_eks_cluster.main.name
              launch_template {
                id = aws_launch_template.nodes.id
              }
            }
            """;

    @TempDir
    Path dir;

    private void write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LintResult run(String... folders) {
        List<String> paths = folders.length == 0 ? List.of(dir.toString())
                : java.util.Arrays.stream(folders).map(f -> dir.resolve(f).toString()).toList();
        return new LintEngine(RULES).run(new LintRequest(paths, null,
                dev.netlint.core.lang.LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private String relative(String file) {
        return dir.toAbsolutePath().relativize(Path.of(file).toAbsolutePath()).toString().replace('\\', '/');
    }

    private List<String> places(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> relative(f.location().file()) + ":" + f.location().line()).distinct().toList();
    }

    /** The error and warning findings, keyed as the corpus check keys them. */
    private TreeSet<String> errorsAndWarnings(LintResult result) {
        TreeSet<String> keys = new TreeSet<>();
        result.findings().stream().filter(f -> f.severity().label().equals("error")
                        || f.severity().label().equals("warning"))
                .forEach(f -> keys.add(f.ruleId() + " " + relative(f.location().file()) + ":" + f.location().line()
                        + " " + f.severity().label()));
        return keys;
    }

    @Test
    void oneRepositoryWithItsTerraformAndManifestsIsOneCluster() {
        write("LICENSE", "Apache-2.0\n");
        write("infra/main.tf", IPV6_CLUSTER);
        write("k8s/payments.yaml", NLB_SERVICE);

        LintResult result = run();

        assertThat(places(result, "NET004")).as("the cluster's ipv6 family meets the manifest")
                .containsExactly("k8s/payments.yaml:3");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET004")).allSatisfy(f ->
                assertThat(f.related()).anyMatch(r -> relative(r.location().file()).equals("infra/main.tf")));
        assertThat(places(run("k8s"), "NET004")).as("the manifests alone know no IPv6 cluster").isEmpty();
    }

    @Test
    void siblingEnvironmentsThatEachDefineTheClusterAreEachChecked() {
        write("environments/prod/main.tf", ENVIRONMENT);
        write("environments/staging/main.tf", ENVIRONMENT);

        LintResult result = run();

        assertThat(places(result, "NET002")).containsExactly("environments/prod/main.tf:9",
                "environments/staging/main.tf:9");
        assertThat(places(result, "NET005")).containsExactly("environments/prod/main.tf:4",
                "environments/staging/main.tf:4");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.related()).allSatisfy(r ->
                assertThat(relative(r.location().file())).startsWith(relative(f.location().file())
                        .substring(0, relative(f.location().file()).lastIndexOf('/')))));
        assertThat(result.workspaces()).extracting(FormedWorkspace::why).containsExactly(
                "Terraform root module defining aws_eks_cluster.main",
                "Terraform root module defining aws_eks_cluster.main");

        java.io.StringWriter json = new java.io.StringWriter();
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            new dev.netlint.core.report.JsonReporter("test").write(result, json);
            new dev.netlint.core.report.TextReporter(false, true).write(result, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(json.toString()).as("the JSON summary lists the workspaces formed").contains("\"workspaces\": [")
                .contains("\"why\": \"Terraform root module defining aws_eks_cluster.main\"");
        assertThat(text.toString()).as("--verbose lists them too")
                .containsPattern("workspace .*environments/prod: Terraform root module defining aws_eks_cluster.main");
    }

    @Test
    void unrelatedProjectsSideBySideGiveWhatEachGivesAlone() {
        write("shop-infra/LICENSE", "MIT\n");
        write("shop-infra/main.tf", IPV6_CLUSTER);
        write("shop-infra/environments/prod/main.tf", ENVIRONMENT);
        write("tutorial/LICENSE", "Apache-2.0\n");
        write("tutorial/step1/payments.yaml", NLB_SERVICE);
        write("tutorial/step2/payments.yaml", NLB_SERVICE);

        TreeSet<String> each = new TreeSet<>();
        each.addAll(errorsAndWarnings(run("shop-infra")));
        each.addAll(errorsAndWarnings(run("tutorial")));

        LintResult together = run();
        assertThat(errorsAndWarnings(together)).isEqualTo(each);
        assertThat(places(together, "NET004")).as("shop-infra's IPv6 cluster is not the tutorial's").isEmpty();
    }

    @Test
    void withoutARepositoryMarkerTheRunIsOneProject() {
        write("shop-infra/main.tf", IPV6_CLUSTER);
        write("tutorial/payments.yaml", NLB_SERVICE);

        assertThat(places(run(), "NET004")).as("the only Terraform root of the run takes its manifests")
                .containsExactly("tutorial/payments.yaml:3");
    }

    @Test
    void twoIngressClassesOfOneNameWithDifferentControllersAreTwoClusters() {
        String ingressClass = """
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata: {name: alb}
                spec: {controller: %s}
                """;
        String groupedIngress = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: %s
                  namespace: shop
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/group.name: shop
                spec:
                  ingressClassName: alb
                  defaultBackend: {service: {name: web, port: {number: 80}}}
                """;
        write("auto-mode/class.yaml", ingressClass.formatted("eks.amazonaws.com/alb"));
        write("auto-mode/web.yaml", groupedIngress.formatted("web"));
        write("auto-mode/api.yaml", groupedIngress.formatted("api"));
        write("controller/class.yaml", ingressClass.formatted("ingress.k8s.aws/alb"));
        write("controller/web.yaml", groupedIngress.formatted("web"));
        write("controller/api.yaml", groupedIngress.formatted("api"));

        LintResult result = run();

        assertThat(places(result, "NET003")).as("Auto Mode ignores group.name; the controller honours it")
                .containsExactly("auto-mode/api.yaml:3", "auto-mode/web.yaml:3");
        assertThat(result.workspaces()).extracting(w -> relative(w.name())).containsExactly("auto-mode", "controller");
        assertThat(result.workspaces()).allSatisfy(w -> assertThat(w.why()).contains("IngressClass alb"));
    }

    @Test
    void twoClustersOfOneAddressInTwoRootsAreBothChecked() {
        write("a/main.tf", ENVIRONMENT);
        write("b/main.tf", ENVIRONMENT.replace("\"main\"", "\"other\""));

        assertThat(places(run(), "NET005")).containsExactly("a/main.tf:4", "b/main.tf:4");
    }
}
