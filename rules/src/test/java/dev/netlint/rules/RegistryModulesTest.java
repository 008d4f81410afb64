package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Fingerprints;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clusters built through terraform-aws-modules/eks and vpc (the real module sources, 20.x/21.x and 5.x/6.x), linted
 * from the copies {@code terraform init} leaves in {@code .terraform/modules}: each case under
 * {@code src/test/resources/registry/cases/<rule>/<case>/} is laid out with its modules cached, then checked like any
 * fixture, so every marker is at the user's module block or argument and nothing is reported under .terraform/.
 */
class RegistryModulesTest {

    private static final Path CASES = Path.of("src/test/resources/registry/cases");

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicNode> casesWithTheirModulesCached() throws IOException {
        List<DynamicNode> rules = new ArrayList<>();
        try (Stream<Path> ruleDirs = Files.list(CASES)) {
            for (Path ruleDir : ruleDirs.sorted().toList()) {
                List<DynamicNode> cases = new ArrayList<>();
                try (Stream<Path> caseDirs = Files.list(ruleDir)) {
                    for (Path caseDir : caseDirs.sorted().toList()) {
                        String rule = ruleDir.getFileName().toString();
                        cases.add(DynamicTest.dynamicTest(caseDir.getFileName().toString(), caseDir.toUri(), () -> {
                            Path root = RegistryRoots.layOut(caseDir, temp.resolve(rule).resolve(caseDir.getFileName()));
                            RuleFixtures.verify(RuleRegistry.builtIn(), rule, root);
                            assertThat(lint(root).findings()).allSatisfy(f ->
                                    assertThat(f.location().file()).doesNotContain(".terraform/"));
                        }));
                    }
                }
                rules.add(DynamicContainer.dynamicContainer(ruleDir.getFileName().toString(), cases));
            }
        }
        return rules.stream();
    }

    private static LintResult lint(Path root) {
        return new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of(root.toString()), null,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private static Path layOut(String ruleAndCase, String as) throws IOException {
        return RegistryRoots.layOut(CASES.resolve(ruleAndCase), temp.resolve("own").resolve(as));
    }

    @Test
    void theModuleCodeIsARelatedLocationOfTheFindingAtTheCall() throws IOException {
        Path root = layOut("NET005/eks-21-public-endpoint-with-default-cidrs", "related");

        Finding net005 = lint(root).findings().stream().filter(f -> f.ruleId().equals("NET005")).findFirst()
                .orElseThrow();

        assertThat(net005.location().file()).endsWith("related/main.tf");
        assertThat(net005.related()).extracting(r -> r.location().file())
                .anyMatch(file -> file.endsWith("related/.terraform/modules/eks/variables.tf"));
    }

    @Test
    void aFindingOnTheModulesDefaultIsAtTheBlockWithTheDefaultAsItsRelatedLocation() throws IOException {
        Path root = layOut("NET005/synthetic-module-default-is-the-block", "default");

        Finding net005 = lint(root).findings().stream().filter(f -> f.ruleId().equals("NET005")).findFirst()
                .orElseThrow();

        assertThat(net005.location().file()).endsWith("default/main.tf");
        assertThat(net005.location().line()).isEqualTo(3);
        assertThat(net005.location().column()).isEqualTo(1);
        // default = true in the cached copy's variable "endpoint_public_access"
        assertThat(net005.related()).first().satisfies(r -> {
            assertThat(r.location().file()).endsWith("default/.terraform/modules/cluster/main.tf");
            assertThat(r.location().line()).isEqualTo(3);
            assertThat(r.location().column()).isEqualTo(13);
            assertThat(r.message()).contains("module.cluster", "default");
        });
    }

    @Test
    void anInlineSuppressionAtTheCallSiteSuppressesWhatTheModuleCreates() throws IOException {
        Path root = layOut("NET002/eks-21-recommended-rules-off-without-egress", "suppressed");
        Path main = root.resolve("main.tf");
        Files.writeString(main, Files.readString(main).replace("module \"eks\" {",
                "module \"eks\" { # netlint:ignore NET002 egress goes through a proxy security group outside Terraform"));

        LintResult result = lint(root);

        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("NET002"));
        assertThat(result.suppressed()).filteredOn(s -> s.finding().ruleId().equals("NET002")).hasSize(4);
    }

    @Test
    void anInlineSuppressionOnTheArgumentSuppressesTheFindingReportedThere() throws IOException {
        Path root = layOut("NET005/synthetic-through-coalesce", "suppressed-argument");
        Path main = root.resolve("main.tf");
        Files.writeString(main, Files.readString(main).replaceAll("endpoint_public_access = true #.*",
                "endpoint_public_access = true # netlint:ignore NET005 the endpoint sits behind an allow-list proxy"));

        LintResult result = lint(root);

        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("NET005"));
        assertThat(result.suppressed()).filteredOn(s -> s.finding().ruleId().equals("NET005")).hasSize(1);
    }

    @Test
    void fingerprintsDoNotChangeWhenOnlyTheModuleVersionChanges() throws IOException {
        Path eks20 = layOut("NET005/eks-20-public-endpoint-with-default-cidrs", "v20");
        Path eks21 = layOut("NET005/eks-21-public-endpoint-with-default-cidrs", "v21");

        assertThat(fingerprints(eks21, "NET005")).hasSize(1).isEqualTo(fingerprints(eks20, "NET005"));
    }

    private static List<String> fingerprints(Path root, String rule) {
        return lint(root).findings().stream().filter(f -> f.ruleId().equals(rule))
                .map(f -> Fingerprints.of(f, root.relativize(Path.of(f.location().file())).toString())).toList();
    }

    @Test
    void withoutTheCacheARemoteClusterModuleIsNotedOnceWithTheCommandThatCachesIt() throws IOException {
        Path root = temp.resolve("uncached");
        Files.createDirectories(root);
        Files.copy(CASES.resolve("NET005/eks-21-public-endpoint-with-default-cidrs/main.tf"), root.resolve("main.tf"));
        Files.writeString(root.resolve("iam.tf"), """
                module "irsa" {
                  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
                  version = "5.60.0"
                }
                module "ecr" {
                  source  = "terraform-aws-modules/ecr/aws"
                  version = "2.4.0"
                }
                """);

        LintResult result = lint(root);

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("module-not-expanded"))
                .extracting(Finding::message)
                .hasSize(2)
                .allMatch(m -> m.contains("terraform init -backend=false"))
                .anyMatch(m -> m.startsWith("module.eks "))
                .anyMatch(m -> m.startsWith("module.vpc "));
    }

    @Test
    void aCachedModuleThatCannotBeReadIsOneNoteAtTheCallAndTheRestIsLinted() throws IOException {
        Path root = layOut("NET005/eks-21-public-endpoint-with-default-cidrs", "broken");
        Files.writeString(root.resolve(".terraform/modules/vpc/main.tf"), "resource \"aws_vpc\" \"this\" {\n");

        LintResult result = lint(root);

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("module-not-expanded")
                || f.ruleId().equals("parse-error")).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("module-not-expanded");
                    assertThat(f.location().file()).endsWith("broken/main.tf");
                    assertThat(f.location().line()).isEqualTo(3);
                    assertThat(f.message()).contains("module.vpc", "could not be read");
                });
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("NET005"));
    }

    @Test
    void aModulesJsonThatPointsOutsideTheRootIsNotFollowed() throws IOException {
        Path root = layOut("NET005/eks-21-private-endpoint-passes", "escape");
        Path outside = temp.resolve("outside-of-the-root");
        RegistryRoots.copyTree(RegistryRoots.MODULES.resolve("eks-21.19.0"), outside);
        Files.writeString(root.resolve(".terraform/modules/modules.json"),
                "{\"Modules\":[{\"Key\":\"eks\",\"Source\":\"registry.terraform.io/terraform-aws-modules/eks/aws\","
                        + "\"Dir\":\"../outside-of-the-root\"}]}");

        LintResult result = new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of(temp.toString()),
                null, LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).filteredOn(f -> f.location().file().endsWith("escape/main.tf"))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("module-not-expanded");
                    assertThat(f.message()).contains("outside the root module");
                });
    }

    @Test
    void aCachedFolderThatIsASymbolicLinkOutOfTheRootIsNotFollowed() throws IOException {
        Path root = layOut("NET005/eks-21-public-endpoint-with-default-cidrs", "link");
        Path outside = temp.resolve("outside-for-the-link");
        RegistryRoots.copyTree(RegistryRoots.MODULES.resolve("eks-21.19.0"), outside);
        Path cached = root.resolve(".terraform/modules/eks");
        try (Stream<Path> walk = Files.walk(cached)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createSymbolicLink(cached, outside.toAbsolutePath());

        LintResult result = lint(root);

        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("NET005"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("module-not-expanded"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("module.eks", "outside the root"));
    }
}
