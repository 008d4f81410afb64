package dev.netlint.core.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.parse.json.JsonLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the scanned tree that are not what their names say, or cannot be read: each gives one finding or one
 * skipped entry naming it, and every other file is still linted.
 */
class HostileFilesTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {type: ClusterIP}\n";

    @TempDir
    Path dir;

    private LintResult run(String... paths) {
        return new LintEngine(new RuleRegistry(List.of())).run(new LintRequest(List.of(paths), null,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private String display(String relative) {
        return dir + "/" + relative;
    }

    private static boolean mkfifo(Path path) {
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
    @Timeout(20)
    void aFifoWithAYamlNameIsListedAsSkippedNotReadWhichWouldBlockForever() throws IOException {
        Files.writeString(dir.resolve("a-web.yaml"), SERVICE);
        assumeThat(mkfifo(dir.resolve("b-pipe.yaml"))).as("mkfifo available").isTrue();

        LintResult walked = run(dir.toString());
        LintResult named = run(dir.resolve("b-pipe.yaml").toString(), dir.resolve("a-web.yaml").toString());

        for (LintResult result : List.of(walked, named)) {
            assertThat(result.findings()).isEmpty();
            assertThat(result.filesLinted()).isEqualTo(1);
            assertThat(result.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.path()).isEqualTo(display("b-pipe.yaml"));
                assertThat(skipped.reason()).contains("not a regular file");
            });
        }
    }

    @Test
    void aDirectoryWithAYamlNameIsWalkedNotRead() throws IOException {
        Files.createDirectories(dir.resolve("x.yaml"));
        Files.writeString(dir.resolve("x.yaml/inner.yaml"), SERVICE);

        LintResult result = run(dir.toString());

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesLinted()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsOneParseErrorNamingItAndTheOthersAreLinted() throws IOException {
        Path locked = Files.writeString(dir.resolve("a-locked.yaml"), SERVICE);
        Files.writeString(dir.resolve("b-web.yaml"), SERVICE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("running as root, which reads any file").isFalse();

        LintResult result = run(dir.toString());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputFindings.PARSE_ERROR);
            assertThat(f.location()).isEqualTo(Location.fileStart(display("a-locked.yaml")));
            assertThat(f.message()).startsWith("cannot read file: AccessDeniedException");
        });
        assertThat(result.filesLinted()).isEqualTo(1);
    }

    /** What root sees for a file it cannot open: it vanished between the walk and the read. */
    @Test
    void aFileThatCannotBeOpenedWhenReadIsOneParseErrorAndTheOthersAreLinted() throws IOException {
        Path gone = dir.resolve("a-gone.yaml");
        Files.writeString(dir.resolve("b-web.yaml"), SERVICE);
        Path web = dir.resolve("b-web.yaml");

        WorkspaceLoader.Loaded loaded = new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES,
                dev.netlint.core.source.ScanScope.of(dir), 1).load(List.of(
                new SourceFile(gone, "a-gone.yaml", SourceFormat.YAML),
                new SourceFile(web, "b-web.yaml", SourceFormat.YAML)), null);

        assertThat(loaded.inputFindings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.fileStart("a-gone.yaml"));
            assertThat(f.message()).startsWith("cannot read file: NoSuchFileException");
        });
        assertThat(loaded.workspace().services()).hasSize(1);
    }

    @Test
    void aBinaryFileWithATfNameIsOneParseErrorAndTheModuleIsStillLinted() throws IOException {
        Files.write(dir.resolve("a-blob.tf"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, (byte) 0xff});
        Files.writeString(dir.resolve("b-vpc.tf"), "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");

        LintResult result = run(dir.toString());
        WorkspaceLoader.Loaded loaded = load("a-blob.tf", "b-vpc.tf");

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputFindings.PARSE_ERROR);
            assertThat(f.location()).isEqualTo(Location.at(display("a-blob.tf"), 1, 8));
            assertThat(f.message()).contains("binary content (NUL byte)");
        });
        assertThat(loaded.workspace().vpcs()).hasSize(1);
    }

    @Test
    void invalidUtf8InATfIsOneParseErrorAtItsLineAndColumn() throws IOException {
        Files.write(dir.resolve("main.tf"), new byte[] {'a', ' ', '=', ' ', '1', '\n', 'b', ' ', '=', ' ', '"',
                (byte) 0xC3, (byte) 0x28, '"', '\n'});

        LintResult result = run(dir.toString());

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::location, f -> f.message().startsWith("invalid UTF-8"))
                .containsExactly(tuple(InputFindings.PARSE_ERROR, Location.at(display("main.tf"), 2, 6), true));
    }

    @Test
    void aJsonRefIsAPlainStringAndNeverFollowed() {
        String json = "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \"web\","
                + " \"annotations\": {\"$ref\": \"/etc/passwd\"}}, \"$ref\": \"file:///etc/passwd\","
                + " \"spec\": {\"$ref\": \"#/definitions/spec\", \"type\": \"ClusterIP\"}}";
        SourceText text = new SourceText(new SourceFile(dir.resolve("svc.json"), "svc.json", SourceFormat.JSON), json);

        JsonLoader.Result loaded = new JsonLoader().load(text);

        assertThat(loaded.problem()).isNull();
        PMap document = (PMap) loaded.document();
        assertThat(scalar(document, "$ref")).isEqualTo("file:///etc/passwd");
        assertThat(scalar((PMap) document.get("spec"), "$ref")).isEqualTo("#/definitions/spec");
        assertThat(scalar((PMap) ((PMap) document.get("metadata")).get("annotations"), "$ref")).isEqualTo("/etc/passwd");
        K8sResource service = new dev.netlint.core.parse.k8s.K8sMapper().map(document).stream()
                .map(K8sResource.class::cast).findFirst().orElseThrow();
        assertThat(service.meta().annotations().get("$ref").toString()).contains("/etc/passwd");
    }

    private static String scalar(PMap map, String key) {
        PNode node = map.get(key);
        return ((PScalar) node).text();
    }

    private WorkspaceLoader.Loaded load(String... names) {
        List<SourceFile> files = java.util.Arrays.stream(names)
                .map(n -> new SourceFile(dir.resolve(n), n, SourceFormat.forFileName(n))).toList();
        return new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES, dev.netlint.core.source.ScanScope.of(dir), 1)
                .load(files, null);
    }
}
