package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned tree built to make netlint hang, read outside it, or pass in silence (issue 12): FIFOs named like
 * Terraform, links that lead out of the tree, a path argument that is a link, a folder that cannot be opened, a
 * Service saved as kustomization.yaml.
 */
class HostileTreeTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {type: ClusterIP}\n";
    private static final String CANARY = "canary-secret-7f3a";

    /** A plan whose resource is declared in the plan's folder, so netlint looks for its block in the .tf files there. */
    private static final String PLAN = """
            {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
             {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
              "values": {"cidr_block": "10.0.0.0/16"}}]}},
             "configuration": {"root_module": {"resources": [
             {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main", "expressions": {}}]}}}
            """;

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private static LintResult run(String... paths) {
        return new LintEngine(new RuleRegistry(List.of())).run(new LintRequest(List.of(paths), null,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor(10, TimeUnit.SECONDS)
                    && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    @Timeout(30)
    void aFifoNamedMainTfBesideAPlanIsNeverOpenedAndThePlanIsLinted() throws IOException {
        Files.writeString(dir.resolve("plan.json"), PLAN);
        assumeThat(mkfifo(dir.resolve("main.tf"))).as("mkfifo available").isTrue();

        LintResult named = run(dir.resolve("plan.json").toString());
        LintResult walked = run(dir.toString());

        assertThat(named.findings()).isEmpty();
        assertThat(named.filesLinted()).isEqualTo(1);
        assertThat(walked.findings()).isEmpty();
        assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dir + "/main.tf", SourceReader.NOT_REGULAR));
    }

    @Test
    void contentNeverMakesNetlintOpenAFifoEvenInsideTheTree() throws IOException {
        Path fifo = dir.resolve("values.tpl");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        Files.writeString(dir.resolve("main.tf"), "");

        assertThat(ScanScope.of(dir).allows(fifo)).isFalse();
        assertThat(ScanScope.of(dir).allows(dir.resolve("main.tf"))).isTrue();
        assertThat(ScanScope.of(dir).allows(outside)).isFalse();
    }

    @Test
    @Timeout(30)
    void theReaderRefusesAFifoWithoutOpeningIt() {
        Path fifo = dir.resolve("pipe.yaml");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();

        SourceReader.Read read = new SourceReader(1000).read(
                new dev.netlint.core.source.SourceFile(fifo, "pipe.yaml", dev.netlint.core.source.SourceFormat.YAML));

        assertThat(read.text()).isNull();
        assertThat(read.problem()).isEqualTo(SourceReader.NOT_REGULAR);
    }

    @Test
    void aPathArgumentThatIsALinkToAFolderIsFollowedBecauseTheUserNamedIt() throws IOException {
        Files.createDirectories(outside.resolve("k8s"));
        Files.writeString(outside.resolve("k8s/web.yaml"), SERVICE);
        Path link = Files.createSymbolicLink(dir.resolve("k8s-link"), outside.resolve("k8s"));

        LintResult result = run(link.toString());

        assertThat(result.filesLinted()).isEqualTo(1);
        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void aLinkInsideTheTreeIsNeverReadWhereverItLeadsAndIsListedAsSkipped() throws IOException {
        Files.writeString(outside.resolve("secret.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: "
                + CANARY + "}\nspec: {type: NodePort}\n");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/inner.yaml"), SERVICE.replace("web", CANARY));
        Files.createSymbolicLink(dir.resolve("a-link.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(dir.resolve("linked-folder"), outside.resolve("folder"));
        Files.writeString(dir.resolve("b-web.yaml"), SERVICE);

        LintResult result = run(dir.toString());

        assertThat(result.filesLinted()).isEqualTo(1);
        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dir + "/a-link.yaml", "symbolic link (not followed)"));
        assertThat(result.toString()).doesNotContain(CANARY);
    }

    /**
     * A folder that cannot be opened, even by root: nested deeper than the longest path the system opens
     * (PATH_MAX), made by a shell that creates each level relative to the last. Before, it was one skipped line
     * and exit 0.
     */
    @Test
    @Timeout(60)
    void aFolderThatCannotBeOpenedIsAParseErrorNotASilentPass() throws Exception {
        Path top = dir.resolve("deep");
        Files.createDirectories(top);
        Files.writeString(dir.resolve("web.yaml"), SERVICE);
        String level = "d".repeat(200);
        Process shell = new ProcessBuilder("sh", "-c", "while mkdir " + level + " && cd " + level + "; do :; done")
                .directory(top.toFile()).redirectErrorStream(true).start();
        shell.getInputStream().readAllBytes();
        assumeThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try {
            LintResult result = run(dir.toString());

            assertThat(result.filesLinted()).isEqualTo(1);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo(InputFindings.PARSE_ERROR);
                assertThat(f.location().file()).startsWith(dir + "/deep/" + level + "/");
                assertThat(f.location().line()).isEqualTo(1);
                assertThat(f.message()).startsWith("cannot read: ").endsWith("; nothing in it was linted")
                        .doesNotContain(dir.toString());
            });
            assertThat(result.failsAt(dev.netlint.core.finding.Severity.ERROR)).isTrue();
        } finally {
            // JUnit's clean-up walks by absolute path too, so the deep part goes first
            new ProcessBuilder("rm", "-rf", level).directory(top.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMissingPathIsReportedAsMissingNotAsUnreadable() {
        SourceCollector.Collected collected = new SourceCollector().collect(List.of(dir.resolve("none").toString()));
        assertThat(collected.missing()).containsExactly(dir.resolve("none").toString());
        assertThat(collected.unreadable()).isEmpty();
    }

    @Test
    void aServiceInAFileNamedKustomizationYamlIsLintedLikeAnyManifest() throws IOException {
        Files.createDirectories(dir.resolve("svc"));
        Files.writeString(dir.resolve("svc/kustomization.yaml"), SERVICE);
        Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(dir.resolve("overlay/kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamePrefix: prod-\nresources: [../svc]\n");

        WorkspaceLoader.Loaded loaded = new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES, ScanScope.of(dir), 1)
                .load(new SourceCollector().collect(List.of(dir.toString())).files(), null);

        assertThat(loaded.workspace().services()).hasSize(1);
        assertThat(loaded.inputFindings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputFindings.UNRENDERED_KUSTOMIZATION);
            assertThat(f.location()).isEqualTo(Location.fileStart(dir + "/overlay/kustomization.yaml"));
        });
    }
}
