package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.report.JsonReporter;
import dev.netlint.core.suppress.PathGlobs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspaces ({@code workspaces: [clusters/*]}): every matching folder is loaded and evaluated apart from the others
 * and from the default workspace (the files under no root), with the built-in rules; the results merge into one.
 */
class WorkspacesTest {

    private static final RuleRegistry RULES = RuleRegistry.builtIn();

    /** Prod's node security group has no egress; staging's allows everything. Same addresses in both folders. */
    private static final String PROD_NODES = """
            resource "aws_security_group" "nodes" {
            }

            resource "aws_launch_template" "nodes" {
              vpc_security_group_ids = [aws_security_group.nodes.id]
            }

            resource "aws_eks_node_group" "ng" {
              launch_template {
                id = aws_launch_template.nodes.id
              }
            }
            """;
    private static final String STAGING_NODES = PROD_NODES.replace("""
            resource "aws_security_group" "nodes" {
            }""", """
            resource "aws_security_group" "nodes" {
              egress {
                from_port   = 0
                to_port     = 0
                protocol    = "-1"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }""");

    /** The VPC CNI with prefix delegation on: cluster-wide, it concerns every node group of its cluster. */
    private static final String AWS_NODE = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: aws-node, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                  - name: aws-node
                    image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3
                    env:
                    - {name: ENABLE_IPv4, value: "true"}
                    - {name: ENABLE_PREFIX_DELEGATION, value: "true"}
            """;
    /** A node group on a Xen instance type: prefix delegation does not work there (NET015). */
    private static final String XEN_NODES = """
            resource "aws_eks_node_group" "old" {
              cluster_name   = "main"
              instance_types = ["m4.xlarge"]
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

    /** Lints the temporary folder with these workspace patterns (relative to it) on {@code threads} threads. */
    private LintResult run(int threads, String... workspaces) {
        LintPolicy policy = LintPolicy.DEFAULTS.withWorkspaces(new PathGlobs(List.of(workspaces), dir));
        return new LintEngine(RULES).run(new LintRequest(List.of(dir.toString()), null, LintSettings.DEFAULTS, List.of(),
                threads, LintRequest.DEFAULT_MAX_FILE_BYTES, policy));
    }

    private LintResult run(String... workspaces) {
        return run(1, workspaces);
    }

    private String relative(String file) {
        return file.substring(dir.toString().replace('\\', '/').length() + 1);
    }

    private List<String> places(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> relative(f.location().file()) + ":" + f.location().line()).distinct().toList();
    }

    private static String json(LintResult result) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter("test").write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void twoFoldersWithTheSameAddressesAreEachResolvedWithinTheirOwnFolder() {
        write("environments/prod/main.tf", PROD_NODES);
        write("environments/staging/main.tf", STAGING_NODES);

        // without configuration too: each Terraform root module resolves its own addresses
        assertThat(places(run(), "NET002")).containsExactly("environments/prod/main.tf:1");

        LintResult split = run("environments/*");
        assertThat(places(split, "NET002")).containsExactly("environments/prod/main.tf:1");
        assertThat(split.findings().stream().filter(f -> f.ruleId().equals("NET002")))
                .hasSize(4) // tcp/443, tcp/10250, tcp/53, udp/53
                .allMatch(f -> f.resource().equals("aws_security_group.nodes"))
                .allMatch(f -> f.related().stream().allMatch(r -> r.location().file().contains("/environments/prod/")));
        assertThat(split.filesLinted()).isEqualTo(2);
    }

    @Test
    void aCniDaemonSetInOneWorkspaceDoesNotConfigureAnother() {
        write("clusters/a/aws-node.yaml", AWS_NODE);
        write("clusters/b/nodes.tf", XEN_NODES);

        assertThat(places(run("clusters"), "NET015")).as("one workspace: the DaemonSet is cluster-wide")
                .containsExactly("clusters/b/nodes.tf:3");
        assertThat(places(run(), "NET015")).as("inferred: the run's only Terraform root takes its manifests")
                .containsExactly("clusters/b/nodes.tf:3");
        assertThat(places(run("clusters/*"), "NET015")).as("cluster a's CNI is not cluster b's").isEmpty();
    }

    @Test
    void relatedLocationsStayInTheWorkspaceOfTheirFinding() {
        for (String cluster : List.of("a", "b")) {
            write("clusters/" + cluster + "/aws-node.yaml", AWS_NODE);
            write("clusters/" + cluster + "/nodes.tf", XEN_NODES);
        }

        LintResult together = run("clusters");
        assertThat(together.findings()).as("one workspace mixes both clusters' places")
                .anyMatch(f -> f.related().stream().anyMatch(r -> !folderOf(r.location().file()).equals(folderOf(f.location().file()))));

        LintResult split = run("clusters/*");
        assertThat(places(split, "NET015")).containsExactly("clusters/a/nodes.tf:3", "clusters/b/nodes.tf:3");
        for (Finding finding : split.findings()) {
            for (RelatedLocation related : finding.related()) {
                assertThat(folderOf(related.location().file())).as(finding.message())
                        .isEqualTo(folderOf(finding.location().file()));
            }
        }
    }

    private static String folderOf(String file) {
        return file.substring(0, file.lastIndexOf('/'));
    }

    @Test
    void filesUnderNoRootFormTheDefaultWorkspace() {
        write("clusters/prod/nodes.tf", XEN_NODES);
        write("shared/aws-node.yaml", AWS_NODE);
        write("legacy/nodes.tf", XEN_NODES);

        // shared/ and legacy/ match no pattern: they are linted together, and apart from clusters/prod
        assertThat(places(run("clusters/*"), "NET015")).containsExactly("legacy/nodes.tf:3");
        // '*' is one folder level and a pattern names folders from the base: 'prod' is not clusters/prod
        assertThat(places(run("*/prod"), "NET015")).containsExactly("legacy/nodes.tf:3");
        assertThat(places(run("prod"), "NET015")).containsExactly("clusters/prod/nodes.tf:3", "legacy/nodes.tf:3");
        // the deepest matching folder is the root: clusters/prod is apart from clusters/, which holds the CNI
        write("clusters/aws-node.yaml", AWS_NODE);
        assertThat(places(run("clusters", "clusters/*"), "NET015")).containsExactly("legacy/nodes.tf:3");
        assertThat(places(run("clusters"), "NET015")).containsExactly("clusters/prod/nodes.tf:3", "legacy/nodes.tf:3");
    }

    @Test
    void standardInputJoinsTheDefaultWorkspace() {
        write("clusters/prod/nodes.tf", XEN_NODES);
        write("legacy/nodes.tf", XEN_NODES);
        LintPolicy policy = LintPolicy.DEFAULTS.withWorkspaces(new PathGlobs(List.of("clusters/*"), dir));

        LintResult result = new LintEngine(RULES).run(new LintRequest(List.of(dir.toString(), "-"), AWS_NODE,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES, policy));

        assertThat(places(result, "NET015")).containsExactly("legacy/nodes.tf:3");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET015")).singleElement()
                .satisfies(f -> assertThat(f.related()).extracting(r -> r.location().file()).contains("<stdin>"));
    }

    @Test
    void anAnnotationSuppressesOnlyInItsOwnWorkspace() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                %s
                spec:
                  type: NodePort
                  ports: [{port: 80, nodePort: 30080}]
                """;
        write("clusters/a/web.yaml", service.formatted(
                "  annotations: {netlint.dev/ignore: \"NET001: firewalled by the on-premises load balancer\"}"));
        write("clusters/b/web.yaml", service.formatted(""));

        LintResult split = run("clusters/*");
        assertThat(places(split, "NET001")).containsExactly("clusters/b/web.yaml:8");
        assertThat(split.suppressed()).singleElement()
                .satisfies(s -> assertThat(relative(s.finding().location().file())).isEqualTo("clusters/a/web.yaml"));
        assertThat(split.findings()).noneMatch(f -> f.ruleId().equals("suppression-problem"));
    }

    @Test
    void aLocalModuleCalledFromTwoWorkspacesIsLintedThroughItsCallersAndReportedOnce() throws IOException {
        Path module = Path.of("src/test/resources/fixtures/NET002/local-module-without-egress");
        String caller = Files.readString(module.resolve("main.tf")).replace("./modules/nodes", "../../modules/nodes");
        write("environments/prod/main.tf", caller);
        write("environments/staging/main.tf", caller);
        write("modules/nodes/main.tf", Files.readString(module.resolve("modules/nodes/main.tf")));

        LintResult split = run("environments/*");

        assertThat(split.findings().stream().filter(f -> f.ruleId().equals("NET002")))
                .hasSize(4).allMatch(f -> relative(f.location().file()).equals("modules/nodes/main.tf"));
        assertThat(split.filesLinted()).isEqualTo(3);
        assertThat(split.findings().stream().filter(f -> f.ruleId().equals("NET002")))
                .as("each finding names the places of both callers that make it true")
                .allSatisfy(f -> assertThat(f.related().stream().map(r -> relative(r.location().file())).distinct())
                        .containsExactly("environments/prod/main.tf", "environments/staging/main.tf"));
    }

    @Test
    void ruleStatisticsAddUpOverWorkspaces() {
        write("environments/prod/main.tf", PROD_NODES);
        write("environments/staging/main.tf", STAGING_NODES);

        LintResult split = run("environments/*");

        assertThat(split.ruleStats()).extracting(LintResult.RuleStats::ruleId)
                .containsExactlyElementsOf(RULES.rules().stream().map(r -> r.id()).toList());
        assertThat(split.ruleStats()).filteredOn(s -> s.ruleId().equals("NET002"))
                .singleElement().satisfies(s -> assertThat(s.checkedSubjects()).isEqualTo(2));
    }

    @Test
    void theResultIsTheSameBytesWhateverTheThreading() {
        for (String cluster : List.of("a", "b", "c", "d")) {
            write("clusters/" + cluster + "/aws-node.yaml", AWS_NODE);
            write("clusters/" + cluster + "/nodes.tf", XEN_NODES);
            write("environments/" + cluster + "/main.tf", cluster.equals("b") ? STAGING_NODES : PROD_NODES);
        }
        write("shared/aws-node.yaml", AWS_NODE);

        String first = json(run(4, "clusters/*", "environments/*"));
        for (int i = 0; i < 3; i++) {
            assertThat(json(run(4, "clusters/*", "environments/*"))).isEqualTo(first);
        }
        assertThat(json(run(1, "clusters/*", "environments/*"))).isEqualTo(first);
        assertThat(json(run(4, "environments/*", "clusters/*"))).as("pattern order does not matter").isEqualTo(first);
    }
}
