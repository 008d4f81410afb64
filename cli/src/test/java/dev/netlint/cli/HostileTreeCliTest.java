package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a repository built to attack it (issue 12): a configuration in the tree that tries to run code,
 * standard input that never ends, output paths that would overwrite an input or a device, a Service saved as
 * kustomization.yaml.
 */
class HostileTreeCliTest {

    private static final String NODEPORT = Console.NODEPORT_SERVICE;

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    @RegisterExtension
    final Console console = new Console();

    private Path write(String relative, String text) throws IOException {
        return Console.write(dir, relative, text);
    }

    private Path canary() {
        return outside.resolve("canary.txt");
    }

    private void plantRuleFolder() throws IOException {
        write("repo/.netlint.yaml", "rule-folders: [tools/rules]\n");
        write("repo/tools/rules/Planted.groovy", "new File('" + canary().toString().replace("\\", "\\\\")
                + "').text = 'ran'\n" + """
                rule('EVIL001', 'planted-rule') {
                    severity ERROR
                    summary 'Planted by the change under review'
                    fix 'Nothing to fix.'
                    check(ingresses().that().areManagedByTheAlbController()
                            .should().haveAnnotation('example.com/never-set'))
                }
                """);
        write("repo/k8s/web.yaml", NODEPORT.replace("NodePort", "ClusterIP"));
    }

    @Test
    void aConfigurationInTheScannedTreeNeverRunsItsRuleFoldersAndSaysSoOnce() throws IOException {
        plantRuleFolder();

        int exit = Main.run(dir.resolve("repo").toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(canary()).doesNotExist();
        assertThat(console.stderr()).isEqualTo("netlint: note: " + dir.resolve("repo") + "/.netlint.yaml:1:1: "
                + "rule-folders in a discovered .netlint.yaml are not loaded: a configuration netlint finds by itself "
                + "may come with the code under review, so it can tune rules but never run code; pass --trust-config "
                + "(Maven: trustConfig) or name the folders with --rules (Maven: rulesDirectory)\n");
    }

    @Test
    void trustConfigRunsThem() throws IOException {
        plantRuleFolder();

        Main.run("--trust-config", dir.resolve("repo").toString());

        assertThat(canary()).hasContent("ran");
        assertThat(console.stderr()).doesNotContain("not loaded");
    }

    @Test
    void theSameFileNamedWithConfigRunsThem() throws IOException {
        plantRuleFolder();

        Main.run("--config", dir.resolve("repo/.netlint.yaml").toString(), dir.resolve("repo").toString());

        assertThat(canary()).hasContent("ran");
    }

    @Test
    void aConfigurationThatIsALinkOutOfTheTreeIsRefusedWithoutShowingWhatItPointsTo() throws IOException {
        Path passwd = Files.writeString(outside.resolve("passwd"), "root:x:0:0:canary-secret:/root:/bin/bash\n");
        write("repo/k8s/web.yaml", NODEPORT);
        Files.createSymbolicLink(dir.resolve("repo/.netlint.yaml"), passwd);

        int exit = Main.run(dir.resolve("repo").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(console.stderr()).startsWith("netlint: " + dir.resolve("repo") + "/.netlint.yaml: is a symbolic link")
                .doesNotContain("canary-secret").doesNotContain(passwd.toString());
        assertThat(console.stdout()).isEmpty();
    }

    @Test
    void aServiceInAFileNamedKustomizationYamlIsLinted() throws IOException {
        write("k8s/kustomization.yaml", NODEPORT);

        int exit = Main.run(dir.resolve("k8s").toString());

        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains("k8s/kustomization.yaml:5:9: warning:", "[NET001 service-nodeport-exposure]")
                .doesNotContain("unrendered-kustomization");
    }

    @Test
    void aPathArgumentThatIsALinkToAFolderIsLinted() throws IOException {
        Path k8s = Console.write(outside, "k8s/web.yaml", NODEPORT).getParent();
        Path link = Files.createSymbolicLink(dir.resolve("k8s"), k8s);

        int exit = Main.run(link.toString());

        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains(link + "/web.yaml:5:9: warning:")
                .endsWith("1 file linted, 0 skipped: 0 errors, 1 warning, 0 info\n");
    }

    /** Standard input that never ends, as {@code yes | netlint -}. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'y';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'y');
            served += len;
            return len;
        }
    }

    @Test
    @Timeout(20)
    void endlessStandardInputIsRefusedAtTheSizeLimitNotReadWhole() {
        Endless endless = new Endless();
        System.setIn(endless);

        int exit = Main.run("--max-file-size", "100000", "-");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(console.stderr()).isEqualTo("netlint: standard input is over the 100000-byte limit "
                + "(--max-file-size); stopped reading it, nothing was linted\n");
        assertThat(endless.served).isLessThan(200_000);
    }

    @Test
    void standardInputUpToTheLimitIsLinted() {
        System.setIn(new java.io.ByteArrayInputStream(NODEPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(Main.run("--max-file-size", String.valueOf(NODEPORT.length()), "-")).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeLintingAndLeftAsItWas() throws IOException {
        Path manifest = write("k8s/web.yaml", NODEPORT);
        Path config = write("ci.yaml", "fail-on: error\n");
        Path values = write("values.yaml", "a: 1\n");

        assertRefused(manifest, "is one of the inputs of this run; netlint never overwrites what it reads",
                "-o", manifest.toString(), manifest.toString());
        assertRefused(manifest, "is a file this run lints (inside " + dir + "); netlint never overwrites what it reads",
                "-o", manifest.toString(), dir.toString());
        assertRefused(config, "is one of the inputs of this run; netlint never overwrites what it reads",
                "--config", config.toString(), "-o", config.toString(), manifest.toString());
        assertRefused(values, "is one of the inputs of this run; netlint never overwrites what it reads",
                "--helm-values", values.toString(), "--write-baseline", values.toString(), manifest.toString());
        assertThat(manifest).hasContent(NODEPORT);
        assertThat(config).hasContent("fail-on: error\n");
    }

    @Test
    void anOutputThatIsALinkAFolderAFifoOrADeviceOrHasNoFolderIsRefused() throws IOException {
        Path manifest = write("k8s/web.yaml", NODEPORT);
        Path target = Files.writeString(outside.resolve("important.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), target);

        assertRefused(null, "is a symbolic link; netlint writes only regular files (give the link's target instead)",
                "--format", "json", "-o", link.toString(), manifest.toString());
        assertThat(target).hasContent("keep me\n");
        assertRefused(null, "is a folder", "-o", outside.toString(), manifest.toString());
        assertRefused(null, "is not a regular file (a FIFO, socket or device)", "-o", "/dev/null", manifest.toString());
        assertRefused(null, "its folder " + dir.resolve("missing") + " does not exist",
                "-o", dir.resolve("missing/report.txt").toString(), manifest.toString());
        assertRefused(null, "is a symbolic link; netlint writes only regular files (give the link's target instead)",
                "--write-baseline", link.toString(), manifest.toString());
    }

    private void assertRefused(Path unchanged, String reason, String... args) {
        console.clear();
        int exit = Main.run(args);
        assertThat(exit).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
        String option = args[java.util.Arrays.asList(args).indexOf(Stream.of(args)
                .filter(a -> a.equals("-o") || a.equals("--write-baseline")).findFirst().orElseThrow())];
        String value = args[java.util.Arrays.asList(args).indexOf(option) + 1];
        assertThat(console.stderr()).isEqualTo("netlint: " + (option.equals("-o") ? "--output" : option) + " " + value
                + ": " + reason + "\n");
        assertThat(console.stdout()).isEmpty();
    }

    @Test
    void reportsAndBaselinesAreWrittenWithTheUmaskAndLeaveNoTemporaryFile() throws IOException {
        write("k8s/web.yaml", NODEPORT);
        Path reference = Files.writeString(outside.resolve("reference.txt"), "created like any file\n");
        Path report = outside.resolve("report.json");
        Path baseline = outside.resolve("baseline.txt");

        Main.run("--format", "json", "-o", report.toString(), "--write-baseline", baseline.toString(),
                dir.resolve("k8s").toString());

        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo(expected);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(baseline))).isEqualTo(expected);
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "reference.txt", "report.json", "baseline.txt");
        }
    }

    @Test
    @Timeout(30)
    void aFifoNamedMainTfIsSkippedNotOpened() throws Exception {
        write("k8s/web.yaml", NODEPORT);
        Path fifo = dir.resolve("k8s/main.tf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && Files.exists(fifo)).as("mkfifo available").isTrue();

        int exit = Main.run("-v", dir.resolve("k8s").toString());

        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        assertThat(console.stdout()).contains("main.tf: not a regular file");
    }
}
