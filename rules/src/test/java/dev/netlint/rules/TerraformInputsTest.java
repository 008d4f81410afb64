package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.InputException;
import dev.netlint.core.engine.InputOptions;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform inputs beyond one flat folder: --var-file, --var, local and remote modules. */
class TerraformInputsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/NET002");
    private static final Path TFVARS_CASE = FIXTURES.resolve("tfvars-override-narrows-egress");
    private static final Path MODULE_CASE = FIXTURES.resolve("local-module-without-egress");

    @TempDir
    Path temp;

    private static LintResult run(InputOptions inputs, String... paths) {
        return new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of(paths), null, LintSettings.DEFAULTS,
                List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES).withInputs(inputs));
    }

    private static List<String> net002(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("NET002")).map(Finding::message).toList();
    }

    @Test
    void varFileIsAppliedAfterTerraformTfvars() throws IOException {
        Path varFile = Files.writeString(temp.resolve("prod.tfvars"), "egress_to = 10250\n");

        LintResult result = run(new InputOptions(List.of(varFile.toString()), List.of()), TFVARS_CASE.toString());

        // tcp 443-10250 now covers the API server and the kubelet; DNS is still missing
        assertThat(net002(result)).hasSize(2).allMatch(m -> m.contains("/53 (DNS)"));
    }

    @Test
    void commandLineVarWinsOverTfvarsAndVarFiles() throws IOException {
        Path varFile = Files.writeString(temp.resolve("prod.tfvars"), "egress_protocol = \"udp\"\n");

        LintResult result = run(new InputOptions(List.of(varFile.toString()),
                List.of("egress_protocol=-1", "egress_from=0", "egress_to=0")), TFVARS_CASE.toString());

        assertThat(net002(result)).isEmpty();
    }

    @Test
    void aMissingVarFileIsAUsageError() {
        assertThatThrownBy(() -> run(new InputOptions(List.of(temp.resolve("nope.tfvars").toString()), List.of()),
                TFVARS_CASE.toString())).isInstanceOf(InputException.class).hasMessageContaining("nope.tfvars");
        assertThatThrownBy(() -> run(new InputOptions(List.of(), List.of("no-equals-sign")), TFVARS_CASE.toString()))
                .isInstanceOf(InputException.class).hasMessageContaining("name=value");
    }

    @Test
    void aFolderCalledAsALocalModuleIsLintedOnlyThroughItsCaller() {
        LintResult result = run(InputOptions.NONE, MODULE_CASE.toString());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET002"))
                .hasSize(4)
                .allSatisfy(f -> {
                    assertThat(f.location().file()).endsWith("local-module-without-egress/modules/nodes/main.tf");
                    assertThat(f.resource()).isEqualTo("module.nodes.aws_security_group.nodes");
                });
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("parse-error")
                || f.ruleId().equals("module-not-expanded"));
    }

    @Test
    void aModuleFolderScannedAloneIsLintedAsARoot() {
        LintResult result = run(InputOptions.NONE, MODULE_CASE.resolve("modules/nodes").toString());

        // no node group uses it here, so NET002 has nothing to say; it was linted, not skipped
        assertThat(result.filesLinted()).isEqualTo(1);
        assertThat(net002(result)).isEmpty();
    }

    @Test
    void aRemoteModuleIsNotedOnceAtInfoAndItsOutputsStayUnknown() {
        Path remote = Path.of("src/test/resources/inputs/remote-module");

        LintResult result = run(InputOptions.NONE, remote.toString());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("module-not-expanded");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.message()).contains("module.vpc", "terraform-aws-modules/vpc/aws", "not expanded");
        });
        assertThat(result.failsAt(Severity.WARNING)).isFalse();
    }

    @Test
    void aPlanOfTheSameConfigurationGivesTheSameFindingsAtTheSameBlocks() throws IOException {
        Path config = temp.resolve("config");
        copy(MODULE_CASE, config);
        Path plan = Files.copy(Path.of("src/test/resources/inputs/local-module-plan.json"), config.resolve("plan.json"));

        LintResult fromConfig = run(InputOptions.NONE, config.toString());
        LintResult fromPlan = run(InputOptions.NONE, plan.toString());

        assertThat(net002(fromPlan)).hasSize(4).containsExactlyInAnyOrderElementsOf(net002(fromConfig));
        assertThat(fromPlan.findings()).filteredOn(f -> f.ruleId().equals("NET002"))
                .allSatisfy(f -> assertThat(f.location().file()).endsWith("config/modules/nodes/main.tf"))
                .allSatisfy(f -> assertThat(f.location().line()).isEqualTo(13));
    }

    @Test
    void aPlanWithoutItsConfigurationIsLocatedInThePlanFile() throws IOException {
        Path plan = Files.copy(Path.of("src/test/resources/inputs/local-module-plan.json"), temp.resolve("plan.json"));

        LintResult result = run(InputOptions.NONE, plan.toString());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET002")).hasSize(4)
                .allSatisfy(f -> assertThat(f.location().file()).endsWith("plan.json"));
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void aPlanOnStandardInputIsLinted() throws IOException {
        String plan = Files.readString(Path.of("src/test/resources/inputs/local-module-plan.json"));

        LintResult result = new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of("-"), plan,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET002")).hasSize(4)
                .allSatisfy(f -> assertThat(f.location().file()).isEqualTo("<stdin>"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void aModuleWithForEachIsExpandedOncePerKey() throws IOException {
        Files.createDirectories(temp.resolve("modules/nodes"));
        Files.writeString(temp.resolve("main.tf"), """
                module "nodes" {
                  for_each = toset(["a", "b"])
                  source   = "./modules/nodes"
                  name     = each.key
                }
                """);
        Files.writeString(temp.resolve("modules/nodes/main.tf"), """
                variable "name" {}
                resource "aws_security_group" "nodes" {
                  name = var.name
                }
                resource "aws_launch_template" "nodes" {
                  vpc_security_group_ids = [aws_security_group.nodes.id]
                }
                resource "aws_eks_node_group" "ng" {
                  cluster_name = "c"
                  launch_template {
                    id      = aws_launch_template.nodes.id
                    version = aws_launch_template.nodes.latest_version
                  }
                }
                """);

        LintResult result = run(InputOptions.NONE, temp.toString());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET002")).hasSize(8)
                .extracting(Finding::resource).containsOnly(
                        "module.nodes[\"a\"].aws_security_group.nodes", "module.nodes[\"b\"].aws_security_group.nodes");
    }

    @Test
    void aTargetTypeFromTheControllersHelmReleaseIsShownWhereItIsWritten() {
        Path fixture = Path.of("src/test/resources/fixtures/NET030/helm-default-target-type-instance-wins");

        LintResult result = run(InputOptions.NONE, fixture.toString());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET030")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("target type instance from defaultTargetType of helm_release.lbc");
            assertThat(f.related()).anySatisfy(related -> {
                assertThat(related.location().file()).endsWith("helm-default-target-type-instance-wins/main.tf");
                assertThat(related.location().line()).isEqualTo(10);
                assertThat(related.message()).isEqualTo(
                        "target type instance set here (defaultTargetType of helm_release.lbc)");
            });
        });
    }

    @Test
    void yamlTerraformDecodesThatIsNotYamlIsAParseErrorWhereItIsWritten() throws IOException {
        Files.writeString(temp.resolve("main.tf"), """
                resource "kubernetes_manifest" "web" {
                  manifest = yamldecode(<<-EOT
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: web
                    spec:
                      type: NodePort
                      ports: [{port: 80
                  EOT
                  )
                }
                """);

        LintResult result = run(InputOptions.NONE, temp.toString());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse-error");
            assertThat(f.location().file()).endsWith("main.tf");
            assertThat(f.location().line()).isEqualTo(9);
            assertThat(f.location().column()).isEqualTo(25);
            assertThat(f.message()).startsWith("YAML that Terraform decodes here is not valid: ");
        });
    }
}
