package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.core.report.Reporters;
import dev.netlint.core.report.SarifSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --format/--output pairs, standard output purity for machine formats, SARIF from samples/, hostile names. */
class ReportFormatsTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    private static final String NODEPORT = Console.NODEPORT_SERVICE;

    /** A Service whose name tries to end the annotation line and start its own workflow commands. */
    private static final String HOSTILE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: "web\\n::error file=x::pwned\\r\\n::add-mask::secret,title=:%0A"
              namespace: "shop\\n::warning::fake"
            spec:
              type: NodePort
              ports: [{port: 80}]
            """;

    @Test
    void theCommandLineOffersExactlyTheFormatsThatHaveAReporter() {
        assertThat(Arrays.stream(NetlintCommand.Format.values()).map(Enum::name).toList()).isEqualTo(Reporters.FORMATS);
    }

    @Test
    void theCommandLineOffersExactlyTheFailOnValues() {
        assertThat(Arrays.stream(NetlintCommand.FailOnWord.values()).map(Enum::name).toList())
                .isEqualTo(dev.netlint.core.config.FailOn.LABELS);
    }

    @TempDir
    Path dir;

    @RegisterExtension
    final Console console = new Console();

    private String stdout() {
        return console.stdout();
    }

    private Path write(String name, String text) throws IOException {
        return Console.write(dir, name, text);
    }

    @Test
    void sarifFromSamplesIsValidAndRelativeToTheRepositoryRoot() throws IOException {
        Path sarif = dir.resolve("netlint.sarif");
        int exit = Main.run("--format", "sarif", "--output", sarif.toString(), "--sarif-root", SAMPLES.getParent().toString(),
                SAMPLES.toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        String text = Files.readString(sarif);
        assertThat(SarifSchema.violations(text)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(text).path("runs").get(0);
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).contains("NET001", "NET002", "NET003", "NET004");
        assertThat(run.path("results").size()).isGreaterThan(3);
        assertThat(run.path("results").findValuesAsText("uri")).allMatch(uri -> uri.startsWith("samples/"));
        assertThat(run.path("results").findValuesAsText("uri")).contains("samples/kubernetes/bad/storefront.yaml");
    }

    @Test
    void formatsRepeatEachWithItsOwnOutputAndOneGoesToStandardOutput() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        Path sarif = dir.resolve("out.sarif");
        Path junit = dir.resolve("out.xml");
        int exit = Main.run("--format", "sarif", "--output", sarif.toString(), "--format", "github",
                "--format", "junit", "-o", junit.toString(), dir.resolve("k8s").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).startsWith("::warning file=").contains("title=NET001 service-nodeport-exposure::Service shop/web");
        assertThat(SarifSchema.violations(Files.readString(sarif))).isEmpty();
        assertThat(Files.readString(junit)).contains("<testsuites name=\"netlint\"");
    }

    @Test
    void anOutputBeforeTheFormatStillBelongsToIt() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        Path report = dir.resolve("report.json");
        assertThat(Main.run("-o", report.toString(), "--format", "json", dir.resolve("k8s").toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(report)).contains("\"ruleId\": \"NET001\"");
    }

    @Test
    void atMostOneFormatGoesToStandardOutputAndFilesAreNotShared() throws IOException {
        write("k8s/svc.yaml", NODEPORT);
        assertThat(Main.run("--format", "sarif", "--format", "github", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(console.stderr()).contains("at most one --format can write to standard output");
        Path file = dir.resolve("same");
        assertThat(Main.run("--format", "sarif", "-o", file.toString(), "--format", "json", "-o", file.toString(), dir.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(stdout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "json", "checkstyle", "junit", "github"})
    void machineFormatsOnStandardOutputHaveNothingElseThere(String format) throws Exception {
        write("k8s/svc.yaml", NODEPORT);
        write("k8s/broken.yaml", "kind: Service\nmetadata: [unclosed\n");
        write("k8s/workflow.yml", "name: ci\non: [push]\njobs: {}\n");
        Main.run("--format", format, "--verbose", dir.toString());
        String text = stdout();
        switch (format) {
            case "sarif", "json" -> assertThat(new ObjectMapper().readTree(text)).isNotNull();
            case "checkstyle", "junit" -> assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isNotNull();
            default -> assertThat(text.lines()).allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")
                    || l.startsWith("::notice ") || l.startsWith("netlint: "));
        }
        if (format.equals("sarif")) {
            assertThat(SarifSchema.violations(text)).isEmpty();
        }
    }

    @Test
    void hostileResourceNamesCannotInjectWorkflowCommands() throws IOException {
        write("k8s/evil.yaml", HOSTILE);
        int exit = Main.run("--format", "github", dir.resolve("k8s").toString());
        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("::warning file=").contains("title=NET001 service-nodeport-exposure::Service shop%0A::warning::fake/web%0A::error file=x::pwned%0D%0A::add-mask::secret,title=:%250A");
        assertThat(lines.get(1)).startsWith("netlint: 1 file linted");
        assertThat(stdout()).doesNotContain("\r");
    }

    @Test
    void sarifSeesTheHostileNameAsPlainText() throws IOException {
        write("k8s/evil.yaml", HOSTILE);
        Main.run("--format", "sarif", dir.resolve("k8s").toString());
        assertThat(SarifSchema.violations(stdout())).isEmpty();
        JsonNode result = new ObjectMapper().readTree(stdout()).at("/runs/0/results/0");
        assertThat(result.at("/properties/resource").asText()).isEqualTo("Service shop\n::warning::fake/web\n::error file=x::pwned\r\n::add-mask::secret,title=:%0A");
    }
}
