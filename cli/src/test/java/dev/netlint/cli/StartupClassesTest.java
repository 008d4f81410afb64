package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.testing.FreshClassLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run loads, as in a new JVM (a class loader of its own over the same class path), not how long it takes:
 * a pre-commit-style run with only the built-in rules, and {@code --version}, load no Groovy class at all, since
 * Groovy's runtime would be most of their start-up. Users' own rule files still load Groovy, the control case.
 */
class StartupClassesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final Console console = new Console();

    private static final String CATALOG = "dev.netlint.rules.BuiltInRules";

    /** Runs {@code Main.run(args)} in a fresh loader; which Groovy runtime classes, and the catalog, it loaded. */
    private static List<String> loadedBy(int expectedExit, String... args)
            throws IOException, ReflectiveOperationException {
        // As in a new JVM: the property that turns picocli's Groovy probe off is set by netlint itself.
        String picocliProperty = System.clearProperty(NetlintCommand.PICOCLI_DISABLE_CLOSURES);
        try (FreshClassLoader fresh = new FreshClassLoader()) {
            Object exit = fresh.callStatic(Main.class.getName(), "run", List.of(String[].class), (Object) args);
            assertThat(exit).as("exit code of netlint " + String.join(" ", args)).isEqualTo(expectedExit);
            List<String> probed = new ArrayList<>(FreshClassLoader.GROOVY_RUNTIME);
            probed.add(CATALOG);
            return fresh.loaded(probed);
        } finally {
            if (picocliProperty != null) {
                System.setProperty(NetlintCommand.PICOCLI_DISABLE_CLOSURES, picocliProperty);
            }
        }
    }

    @Test
    void lintingKubernetesAndTerraformWithTheBuiltInRulesLoadsNoGroovy() throws Exception {
        Path report = dir.resolve("report.json");

        List<String> loaded = loadedBy(ExitCode.FINDINGS, "--format", "json", "--output", report.toString(),
                "../samples/kubernetes", "../samples/terraform");

        assertThat(Files.readString(report)).contains("\"NET001\"", "\"NET002\"");
        assertThat(loaded).containsExactly(CATALOG);
    }

    /**
     * What a pre-commit run over one Kubernetes file with the text report leaves unloaded (issue 18): Jackson (no JSON
     * input, no JSON report), the SARIF writer, Helm rendering and Terraform's Helm releases, and Groovy.
     */
    @Test
    void oneKubernetesFileWithTheTextReportLoadsNoJacksonSarifHelmOrGroovy() throws Exception {
        List<String> unwanted = new ArrayList<>(FreshClassLoader.GROOVY_RUNTIME);
        unwanted.addAll(List.of("com.fasterxml.jackson.core.JsonFactory", "dev.netlint.core.report.SarifReporter",
                "dev.netlint.core.parse.helm.HelmCharts", "dev.netlint.core.parse.helm.HelmRenderWorker",
                "dev.netlint.core.parse.terraform.HelmReleaseMapper"));
        String picocliProperty = System.clearProperty(NetlintCommand.PICOCLI_DISABLE_CLOSURES);
        try (FreshClassLoader fresh = new FreshClassLoader()) {
            Object exit = fresh.callStatic(Main.class.getName(), "run", List.of(String[].class),
                    (Object) new String[] {"../samples/kubernetes/good/storefront.yaml"});
            assertThat(exit).isEqualTo(ExitCode.OK);
            assertThat(fresh.loaded(unwanted)).isEmpty();
        } finally {
            if (picocliProperty != null) {
                System.setProperty(NetlintCommand.PICOCLI_DISABLE_CLOSURES, picocliProperty);
            }
        }
    }

    @Test
    void versionLoadsNoGroovy() throws Exception {
        assertThat(loadedBy(ExitCode.OK, "--version")).isEmpty();
        assertThat(console.stdout()).startsWith("netlint ");
    }

    @Test
    void usersOwnRuleFilesStillCompileWithGroovy() throws Exception {
        Path report = dir.resolve("report.json");

        List<String> loaded = loadedBy(ExitCode.FINDINGS, "--format", "json", "--output", report.toString(),
                "--rules", "../samples/custom-rules", "../samples/kubernetes");

        assertThat(Files.readString(report)).contains("\"NET001\"", "\"ORG001\"");
        assertThat(loaded).contains(CATALOG, "groovy.lang.GroovySystem", "groovy.lang.Script");
    }
}
