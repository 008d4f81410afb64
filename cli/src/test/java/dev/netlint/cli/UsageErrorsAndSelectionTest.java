package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line are usage errors, found before linting, each one line on standard error with exit 2;
 * and the options that choose what is linted: --only, --exclude, --format gitlab, --explain and --list-rules of
 * netlint's own finding ids.
 */
class UsageErrorsAndSelectionTest {

    private static final String NODEPORT = Console.NODEPORT_SERVICE;
    /** NET003 (alb-ingress-not-grouped, warning) only. */
    private static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web, namespace: shop}
            spec:
              ingressClassName: alb
              rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}]}}]
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final Console console = new Console();

    private Path write(String name, String text) throws IOException {
        return Console.write(dir, name, text);
    }

    /** Exit 2, nothing on standard output, and exactly one line on standard error. */
    private void assertUsageError(String expectedLine, String... args) {
        console.clear();
        assertThat(Main.run(args)).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
        assertThat(console.stdout()).as("nothing linted, nothing reported").isEmpty();
        assertThat(console.stderr()).isEqualTo("netlint: " + expectedLine + "\n");
    }

    @Test
    void threadCountsBelowOneAreUsageErrors() throws IOException {
        write("svc.yaml", NODEPORT);
        assertUsageError("--threads must be 1 or more, not 0 (leave it out to use all cores)", "--threads", "0", dir.toString());
        assertUsageError("--threads must be 1 or more, not -3 (leave it out to use all cores)", "--threads", "-3", dir.toString());
        console.clear();
        assertThat(Main.run("--threads", "1", dir.toString())).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void ruleListsMayHaveSpacesAfterTheCommas() throws IOException {
        write("svc.yaml", NODEPORT);
        write("ingress.yaml", INGRESS);
        assertThat(Main.run("--disable", "NET001, NET003", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(console.stdout()).doesNotContain("[NET001", "[NET003");
        assertUsageError("--disable: no rule 'NET999' (see netlint --list-rules)", "--disable", "NET001, NET999", dir.toString());
    }

    @Test
    void aRuleFolderWithoutRuleFilesIsAUsageError() throws IOException {
        write("svc.yaml", NODEPORT);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        write("rules/nested/MyRule.groovy", "// one level too deep");
        assertUsageError("--rules " + rules + ": no *.groovy rule files in this folder (its subfolders are not searched)",
                "--rules", rules.toString(), dir.resolve("svc.yaml").toString());
        assertUsageError("--rules " + dir.resolve("missing") + ": no such folder",
                "--rules", dir.resolve("missing").toString(), dir.resolve("svc.yaml").toString());
    }

    @Test
    void aBaselineThatIsMissingOrNoFileIsAUsageError() throws IOException {
        write("svc.yaml", NODEPORT);
        Path missing = dir.resolve("baseline.txt");
        assertUsageError("--baseline " + missing + ": no such file (create it with --write-baseline " + missing + ")",
                "--baseline", missing.toString(), dir.resolve("svc.yaml").toString());
        assertUsageError("--baseline " + dir + ": not a file", "--baseline", dir.toString(), dir.resolve("svc.yaml").toString());
    }

    @Test
    void aFileOverTheSizeLimitGetsAHintAboutTheLimitNotAboutSyntax() throws IOException {
        write("svc.yaml", NODEPORT);
        assertThat(Main.run("--verbose", "--max-file-size", "10", dir.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains("over the 10-byte limit (--max-file-size); not read [parse-error]")
                .contains("Raise the limit with --max-file-size BYTES").doesNotContain("Fix the syntax");
    }

    @Test
    void onlyRunsTheNamedRulesAndStillReportsParseErrors() throws IOException {
        write("svc.yaml", NODEPORT);
        write("ingress.yaml", INGRESS);
        write("broken.yaml", "apiVersion: v1\nkind: [\n");
        assertThat(Main.run("--only", "alb-ingress-not-grouped", dir.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains("[NET003 alb-ingress-not-grouped]", "[parse-error]").doesNotContain("[NET001");
        assertUsageError("--only: no rule 'NET999' (see netlint --list-rules)", "--only", "NET003,NET999", dir.toString());
    }

    @Test
    void excludeOnTheCommandLineLeavesFilesOutAsTheConfigurationDoes() throws IOException {
        write("app/svc.yaml", NODEPORT);
        write("legacy/old.yaml", NODEPORT.replace("name: web", "name: old"));
        write(".netlint.yaml", "exclude: [vendor/**]\n");
        write("vendor/chart.yaml", NODEPORT.replace("name: web", "name: vendored"));
        Path working = dir;
        assertThat(NetlintCommand.run(working, "--verbose", "--exclude", "legacy/**", dir.toString()))
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains("Service shop/web").doesNotContain("shop/old", "shop/vendored");
        assertUsageError("--exclude '[': not a valid path pattern: missing ']' for the class at index 0", "--exclude", "[", dir.toString());
    }

    @Test
    void gitlabFormatWritesCodeQualityJsonWithPathsRelativeToTheRoot() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        Path report = dir.resolve("gl-code-quality-report.json");
        assertThat(Main.run("--format", "gitlab", "--output", report.toString(), "--sarif-root", dir.toString(),
                dir.resolve("k8s").toString())).isEqualTo(ExitCode.FINDINGS);
        JsonNode issues = new ObjectMapper().readTree(report.toFile());
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).path("check_name").asText()).isEqualTo("NET001");
        assertThat(issues.get(0).path("location").path("path").asText()).isEqualTo("k8s/svc.yaml");
        assertThat(issues.get(0).path("location").path("lines").path("begin").asInt()).isEqualTo(5);
    }

    @Test
    void explainAndListRulesCoverNetlintsOwnFindingIds() {
        assertThat(Main.run("--explain", "parse-error")).isZero();
        assertThat(console.stdout()).startsWith("# `parse-error`\n").contains("**Severity:** error", "## Fix",
                "Rule page: https://github.com/").endsWith("/docs/rules/parse-error.md\n");
        console.clear();
        assertThat(Main.run("--explain", "suppression-problem")).isZero();
        console.clear();
        assertThat(Main.run("--list-rules")).isZero();
        assertThat(console.stdout()).contains("NET001  service-nodeport-exposure", "parse-error", "suppression-problem",
                "module-not-expanded", "unrendered-template", "unrendered-kustomization");
        console.clear();
        assertThat(Main.run("--disable", "module-not-expanded, unrendered-kustomization", dir.toString()))
                .as("netlint's own ids can be turned off like rules").isZero();
    }

    @Test
    void findingsAndSarifLinkBuiltInRulesToTheirPageAtThisVersion() throws IOException {
        write("svc.yaml", NODEPORT);
        Path sarif = dir.resolve("out.sarif");
        assertThat(Main.run("--format", "json", "--format", "sarif", "--output", sarif.toString(), dir.toString()))
                .isEqualTo(ExitCode.FINDINGS);
        String page = dev.netlint.core.finding.RulePages.page("NET001");
        assertThat(page).matches("https://github\\.com/[^/]+/netlint/blob/(v\\d+\\.\\d+\\.\\d+|main)/docs/rules/NET001\\.md");
        assertThat(new ObjectMapper().readTree(console.stdout()).at("/findings/0/docs").asText()).isEqualTo(page);
        JsonNode driver = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/tool/driver");
        assertThat(driver.path("informationUri").asText()).startsWith("https://github.com/");
        assertThat(driver.at("/rules/0/id").asText()).isEqualTo("NET001");
        assertThat(driver.at("/rules/0/helpUri").asText()).isEqualTo(page);
        assertThat(driver.at("/rules/0/help/markdown").asText()).doesNotContain("EKS-NETWORKING");
    }

    @Test
    void explainOfABuiltInRuleCitesOfficialDocumentationAndLinksItsPage() {
        assertThat(Main.run("--explain", "NET001")).isZero();
        assertThat(console.stdout()).doesNotContain("EKS-NETWORKING")
                .contains("## Reference\n\nhttps://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport")
                .contains("Rule page: https://github.com/").endsWith("/docs/rules/NET001.md\n");
    }
}
