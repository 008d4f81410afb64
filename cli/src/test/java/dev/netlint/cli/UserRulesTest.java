package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules DIR}: users' own Groovy rules, their compile errors, and the trust model. */
class UserRulesTest {

    /** The sample rule the README shows (ORG001 alb-ssl-redirect-required). */
    private static final Path SAMPLE_RULES = Path.of("../samples/custom-rules");
    private static final Path FIXTURES = Path.of("src/test/resources/custom-rules");

    private static final String PUBLIC_INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: shop
              annotations:
                alb.ingress.kubernetes.io/group.name: shop
                alb.ingress.kubernetes.io/scheme: internet-facing
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
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
        return Console.write(dir, name, text);
    }

    /** A user rule that reports every ALB Ingress, for tests that need a rule which surely fires. */
    private static String ruleFile(String id, String name) {
        return """
                rule('%s', '%s') {
                    severity ERROR
                    summary 'Test rule: every ALB Ingress is reported'
                    fix 'Nothing to fix.'
                    check(ingresses().that().areManagedByTheAlbController()
                            .should().haveAnnotation('example.com/never-set'))
                }
                """.formatted(id, name);
    }

    @Test
    void sampleRuleFiresOnThePublicIngressOfTheFixture() {
        int exit = Main.run("--rules", SAMPLE_RULES.toString(), FIXTURES.resolve("bad").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains(FIXTURES.resolve("bad") + "/ingress.yaml:4:1: warning: Ingress shop/storefront"
                + " does not have annotation 'alb.ingress.kubernetes.io/ssl-redirect' [ORG001 alb-ssl-redirect-required]");
        assertThat(stdout()).doesNotContain("back-office");
        assertThat(stdout()).endsWith("1 file linted, 0 skipped: 0 errors, 1 warning, 0 info\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void sampleRuleStaysQuietOnTheCleanFixture() {
        int exit = Main.run("--rules", SAMPLE_RULES.toString(), FIXTURES.resolve("clean").toString());
        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("ORG001").endsWith("0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void withoutRulesTheSampleRuleDoesNotRun() {
        assertThat(Main.run(FIXTURES.resolve("bad").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("ORG001");
    }

    @Test
    void userRulesAppearInMachineReports() throws IOException {
        Path sarif = dir.resolve("netlint.sarif");
        int exit = Main.run("--rules", SAMPLE_RULES.toString(), "--format", "sarif", "--output", sarif.toString(),
                FIXTURES.resolve("bad").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"ORG001\"", "alb-ssl-redirect-required");
    }

    @Test
    void aTypoIsACompileErrorWithFileLineAndColumnAndExitTwo() throws IOException {
        Path rules = dir.resolve("rules");
        Path bad = write("rules/Typo.groovy", """
                rule('ORG002', 'typo') {
                    severity WARNING
                    summary 'A rule with a misspelt DSL word'
                    fix 'Spell should correctly.'
                    check(ingresses().that().areManagedByTheAlbController()
                            .shoud().haveAnnotation('example.com/owner'))
                }
                """);
        write("k8s/ingress.yaml", PUBLIC_INGRESS);
        int exit = Main.run("--rules", rules.toString(), dir.resolve("k8s").toString());
        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("netlint: cannot load the rules given with --rules or rule-folders:\n");
        assertThat(stderr()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(bad.toString())
                + ":6:\\d+: \\[Static type checking\\] - Cannot find matching method .*#shoud\\(\\)");
        assertThat(stderr()).doesNotContain("\tat ");
    }

    @Test
    void everyBrokenFileIsReportedAtOnce() throws IOException {
        Path rules = dir.resolve("rules");
        Path first = write("rules/A.groovy", "rule('ORG003', 'a') {\n    severity WARNNG\n}\n");
        Path second = write("rules/B.groovy", "rule('ORG004', 'b') {\n    summary 'unclosed'\n");
        write("k8s/ingress.yaml", PUBLIC_INGRESS);
        assertThat(Main.run("--rules", rules.toString(), dir.resolve("k8s").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(first.toString()) + ":2:\\d+: .*WARNNG")
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(second.toString()) + ":\\d+:\\d+: ");
    }

    @Test
    void aRuleWithoutRequiredDocumentationIsRefusedWithItsLine() throws IOException {
        Path rules = dir.resolve("rules");
        Path file = write("rules/NoFix.groovy", """
                rule('ORG005', 'no-fix') {
                    severity WARNING
                    summary 'A rule without a fix'
                    check(ingresses().should().haveAnnotation('example.com/owner'))
                }
                """);
        assertThat(Main.run("--rules", rules.toString(), "--list-rules")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains(file + ":1: invalid rule: ORG005: fix is required and ends with '.'");
    }

    @Test
    void aRuleFileInTheScannedFolderIsNotRunUnlessNamedWithRules() throws IOException {
        Path marker = dir.resolve("marker.txt");
        // If netlint ever ran this file because it was found in the tree, the marker would appear.
        write("repo/rules/Planted.groovy", "new File('" + marker.toString().replace("\\", "\\\\")
                + "').text = 'ran'\n" + ruleFile("EVIL001", "planted-rule"));
        write("repo/k8s/ingress.yaml", PUBLIC_INGRESS);

        int exit = Main.run(dir.resolve("repo").toString());
        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("EVIL001");
        assertThat(marker).doesNotExist();

        // The same file, named on purpose, runs: the test above is not vacuous.
        console.clear();
        exit = Main.run("--rules", dir.resolve("repo/rules").toString(), dir.resolve("repo").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains("[EVIL001 planted-rule]");
        assertThat(marker).hasContent("ran");
    }

    @Test
    void listRulesExplainAndDisableSeeUserRules() throws IOException {
        assertThat(Main.run("--rules", SAMPLE_RULES.toString(), "--list-rules")).isZero();
        assertThat(stdout()).contains("NET001  service-nodeport-exposure",
                "ORG001  alb-ssl-redirect-required                warning  An internet-facing ALB Ingress must redirect HTTP to HTTPS");

        console.clear();
        assertThat(Main.run("--rules", SAMPLE_RULES.toString(), "--list-rules", "--format", "json")).isZero();
        assertThat(stdout()).contains("\"id\": \"ORG001\"");

        console.clear();
        assertThat(Main.run("--rules", SAMPLE_RULES.toString(), "--explain", "alb-ssl-redirect-required")).isZero();
        assertThat(stdout()).contains("ORG001", "An internet-facing ALB Ingress must redirect HTTP to HTTPS",
                "alb.ingress.kubernetes.io/ssl-redirect: \"443\"");

        assertThat(Main.run("--explain", "ORG001")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("no rule 'ORG001'");

        console.clear();
        assertThat(Main.run("--rules", SAMPLE_RULES.toString(), "--disable", "ORG001",
                FIXTURES.resolve("bad").toString())).isEqualTo(ExitCode.OK);
        assertThat(stdout()).doesNotContain("ORG001");
        assertThat(Main.run("--disable", "ORG001", FIXTURES.resolve("bad").toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void explainLeavesOutTheSectionsAUserRuleDoesNotHave() throws IOException {
        write("rules/Minimal.groovy", ruleFile("ORG006", "minimal-rule"));
        assertThat(Main.run("--rules", dir.resolve("rules").toString(), "--explain", "ORG006")).isZero();
        assertThat(stdout()).startsWith("# ORG006 `minimal-rule`\n").contains("## Fix\n\nNothing to fix.\n")
                .doesNotContain("## Why", "Enforces", "## Reference");
    }

    @Test
    void aRuleReusingABuiltInIdOrNameIsRefused() throws IOException {
        Path rules = dir.resolve("rules");
        Path file = write("rules/Clash.groovy", ruleFile("NET001", "my-own-nodeport-rule"));
        assertThat(Main.run("--rules", rules.toString(), "--list-rules")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains(file + ": rule NET001 (my-own-nodeport-rule): 'NET001' is already the id or"
                + " name of built-in rule NET001 (service-nodeport-exposure)");

        console.clear();
        Files.writeString(file, ruleFile("ORG010", "alb-ingress-not-grouped"));
        assertThat(Main.run("--rules", rules.toString(), "--list-rules")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("'alb-ingress-not-grouped' is already the id or name of built-in rule NET003");
    }

    @Test
    void twoRuleFoldersDefiningTheSameRuleAreRefused() throws IOException {
        write("team-a/Rule.groovy", ruleFile("ORG020", "team-rule"));
        Path second = write("team-b/Rule.groovy", ruleFile("ORG020", "other-team-rule"));
        int exit = Main.run("--rules", dir.resolve("team-a").toString(), "--rules", dir.resolve("team-b").toString(),
                "--list-rules");
        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains(second + ": rule ORG020 (other-team-rule): 'ORG020' is already the id or name"
                + " of rule ORG020 (team-rule) in " + dir.resolve("team-a/Rule.groovy"));
    }

    @Test
    void rulesFromSeveralFoldersAllRun() throws IOException {
        write("team-a/Rule.groovy", ruleFile("ORG030", "team-a-rule"));
        write("team-b/Rule.groovy", ruleFile("ORG031", "team-b-rule"));
        write("k8s/ingress.yaml", PUBLIC_INGRESS);
        int exit = Main.run("--rules", dir.resolve("team-a").toString(), "--rules", dir.resolve("team-b").toString(),
                dir.resolve("k8s").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).contains("[ORG030 team-a-rule]", "[ORG031 team-b-rule]");
    }

    @Test
    void rulesMustNameAFolder() throws IOException {
        Path file = write("Rule.groovy", ruleFile("ORG040", "a-file"));
        assertThat(Main.run("--rules", file.toString(), "--list-rules")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).isEqualTo("netlint: --rules " + file
                + ": not a folder (name the folder that holds the *.groovy rule files)\n");
        console.clear();
        assertThat(Main.run("--rules", dir.resolve("missing").toString(), "--list-rules")).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).isEqualTo("netlint: --rules " + dir.resolve("missing") + ": no such folder\n");
    }

    @Test
    void helpShowsTheRulesOption() {
        assertThat(NetlintCommand.help()).contains("--rules=DIR", "A rule file is code");
    }
}
