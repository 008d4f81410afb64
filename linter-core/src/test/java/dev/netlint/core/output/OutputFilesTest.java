package dev.netlint.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Report and baseline files: written whole or not at all, with the umask, and no temporary file left behind. */
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileIsWrittenWithThePermissionsTheUmaskGivesNot0600() throws IOException {
        Path reference = Files.writeString(dir.resolve("reference.txt"), "made like any file\n");
        Path report = dir.resolve("report.txt");

        OutputFiles.writeAtomically(report, out -> out.write("report\n"));

        assertThat(report).hasContent("report\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
        assertThat(names()).containsExactly("reference.txt", "report.txt");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");

        assertThatThrownBy(() -> OutputFiles.writeAtomically(report, out -> {
            out.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(report).hasContent("old\n");
        assertThat(names()).containsExactly("report.txt");
        assertThat(OutputFiles.pending()).isEmpty();
    }

    @Test
    @Timeout(60)
    void sigtermMidWriteLeavesNoTemporaryFile() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-cp", classPath, OutputFilesSigtermProbe.class.getName(),
                dir.resolve("report.sarif").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(names()).singleElement().satisfies(name -> assertThat(name).startsWith(".netlint-").endsWith(".tmp"));

            probe.destroy(); // SIGTERM
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            probe.destroyForcibly();
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void outputsThatAreLinksFoldersDevicesOrInputsAreRefused() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path manifest = Files.writeString(tree.resolve("web.yaml"), "kind: Service\n");
        Path oldReport = Files.writeString(tree.resolve("netlint.json"), "{}\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), manifest);
        List<Path> inputs = List.of(tree);

        assertThat(OutputFiles.refusal(link, inputs)).startsWith("is a symbolic link");
        assertThat(OutputFiles.refusal(tree, inputs)).isEqualTo("is a folder");
        assertThat(OutputFiles.refusal(Path.of("/dev/null"), inputs)).startsWith("is not a regular file");
        assertThat(OutputFiles.refusal(dir.resolve("none/x.txt"), inputs)).endsWith("does not exist");
        assertThat(OutputFiles.refusal(manifest, inputs)).startsWith("is a file this run lints");
        assertThat(OutputFiles.refusal(manifest, List.of(manifest))).startsWith("is one of the inputs of this run");
        assertThat(OutputFiles.refusal(oldReport, inputs)).as("an earlier report").isNull();
        assertThat(OutputFiles.refusal(dir.resolve("new.sarif"), inputs)).isNull();
    }
}
