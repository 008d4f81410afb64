package dev.netlint.core.config;

import dev.netlint.core.engine.EffectiveOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.netlint.core.suppress.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust boundary (issue 12): a {@code .netlint.yaml} netlint finds by itself may come with the code under review,
 * so it tunes rules but never loads code, is read only when it is a regular file, and names a baseline only inside its
 * own folder; nothing a configuration or baseline holds is ever shown in an error.
 */
class TrustBoundaryTest {

    private static final String SECRET = "root:x:0:0:canary-secret-7f3a:/root:/bin/bash";

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private Path canary() {
        return outside.resolve("canary.txt");
    }

    /** A repository whose configuration names a rule folder holding a rule file that, when run, writes the canary. */
    private void plantRuleFolder() throws IOException {
        Files.writeString(repo.resolve(".netlint.yaml"), "fail-on: error\nrule-folders: [tools/rules]\n");
        Files.createDirectories(repo.resolve("tools/rules"));
        Files.writeString(repo.resolve("tools/rules/Planted.groovy"), "new File('"
                + canary().toString().replace("\\", "\\\\") + "').text = 'ran'\n" + """
                rule('EVIL001', 'planted-rule') {
                    severity ERROR
                    summary 'Planted by the change under review'
                    fix 'Nothing to fix.'
                    check(ingresses().that().areManagedByTheAlbController()
                            .should().haveAnnotation('example.com/never-set'))
                }
                """);
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
    void aConfigurationFoundInTheFolderBeingLintedTunesRulesButLoadsNoCode() throws Exception {
        plantRuleFolder();

        EffectiveOptions options = EffectiveOptions.builder().configDirectory(outside).inputFolder(repo).load();

        assertThat(canary()).doesNotExist();
        assertThat(options.ruleFolders()).isEmpty();
        assertThat(options.registry().find("EVIL001")).isEmpty();
        assertThat(options.failOn()).isEqualTo(FailOn.ERROR); // the rest of the file still applies
        assertThat(options.configTrusted()).isFalse();
        assertThat(options.ruleFoldersNotLoaded()).isEqualTo(repo + "/.netlint.yaml:2:1: rule-folders in a "
                + "discovered .netlint.yaml are not loaded: a configuration netlint finds by itself may come with the "
                + "code under review, so it can tune rules but never run code; pass --trust-config (Maven: "
                + "trustConfig) or name the folders with --rules (Maven: rulesDirectory)");
    }

    @Test
    void aConfigurationFoundInTheWorkingDirectoryLoadsNoCodeEither() throws Exception {
        plantRuleFolder();

        EffectiveOptions options = EffectiveOptions.builder().configDirectory(repo).load();

        assertThat(canary()).doesNotExist();
        assertThat(options.ruleFoldersNotLoaded()).contains("rule-folders in a discovered .netlint.yaml are not loaded");
    }

    @Test
    void trustConfigLoadsTheRuleFoldersOfTheFoundConfiguration() throws Exception {
        plantRuleFolder();

        EffectiveOptions options = EffectiveOptions.builder().configDirectory(repo).trustConfig(true).load();

        assertThat(canary()).hasContent("ran");
        assertThat(options.registry().find("EVIL001")).isPresent();
        assertThat(options.ruleFoldersNotLoaded()).isNull();
    }

    @Test
    void aConfigurationNamedExplicitlyIsTrusted() throws Exception {
        plantRuleFolder();

        EffectiveOptions options = EffectiveOptions.builder().configFile(repo.resolve(".netlint.yaml")).load();

        assertThat(canary()).hasContent("ran");
        assertThat(options.configTrusted()).isTrue();
    }

    @Test
    void aRuleOfTheFoldersNotLoadedIsAnErrorThatSaysWhy() throws Exception {
        Files.writeString(repo.resolve(".netlint.yaml"), "rule-folders: [tools/rules]\nrules:\n  ORG001: error\n");

        EffectiveOptions options = EffectiveOptions.builder().configDirectory(repo).load();

        assertThatThrownBy(options::policy).isInstanceOf(ConfigException.class).hasMessageContaining(
                "rules: no rule 'ORG001'").hasMessageContaining("its rule-folders were not loaded");
    }

    @Test
    void aFoundConfigurationThatIsASymbolicLinkIsRefusedWithoutReadingIt() throws IOException {
        Files.writeString(outside.resolve("passwd"), SECRET + "\n");
        Files.createSymbolicLink(repo.resolve(".netlint.yaml"), outside.resolve("passwd"));

        assertThatThrownBy(() -> EffectiveOptions.builder().configDirectory(outside.resolve("nowhere"))
                .inputFolder(repo).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage(repo + "/.netlint.yaml: is a symbolic link; netlint does not follow a configuration it "
                        + "finds by itself (name the file with --config FILE to use it)");
    }

    @Test
    @Timeout(20)
    void aFoundConfigurationThatIsAFifoIsRefusedWithoutOpeningIt() throws IOException {
        assumeThat(mkfifo(repo.resolve(".netlint.yaml"))).as("mkfifo available").isTrue();

        assertThatThrownBy(() -> EffectiveOptions.builder().configDirectory(repo).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage(repo + "/.netlint.yaml: not a regular file (a folder, FIFO, socket or device); not read");
    }

    @Test
    void aConfigurationNamedExplicitlyThatIsNotOneNeverShowsWhatItHolds() throws IOException {
        Path passwd = Files.writeString(outside.resolve("passwd"), SECRET + "\ndaemon:x:1:1::/:/sbin/nologin\n");

        assertThatThrownBy(() -> EffectiveOptions.builder().configFile(passwd).load())
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("canary-secret").doesNotContain("root:x"));
    }

    @Test
    void aBaselineNamedByAFoundConfigurationMustBeARegularFileInsideItsFolder() throws Exception {
        Path passwd = Files.writeString(outside.resolve("passwd"), SECRET + "\n");
        Files.createSymbolicLink(repo.resolve("linked-baseline.txt"), passwd);
        Files.writeString(repo.resolve("good-baseline.txt"), Baseline.HEADER + "\n");
        for (String named : new String[] {passwd.toString(), "../" + outside.getFileName() + "/passwd",
                "linked-baseline.txt", "/dev/zero", "/proc/self/environ"}) {
            Files.writeString(repo.resolve(".netlint.yaml"), "baseline: " + named + "\n");
            EffectiveOptions options = EffectiveOptions.builder().configDirectory(repo).load();

            assertThatThrownBy(options::policyWithBaseline).as(named)
                    .isInstanceOf(Baseline.BaselineException.class)
                    .hasMessageEndingWith(": the baseline named by a discovered configuration must be a regular file "
                            + "inside its folder (not a symbolic link, device or FIFO, and not outside it); not read "
                            + "(name it with --baseline FILE, or pass --trust-config)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("canary-secret"));
        }
        Files.writeString(repo.resolve(".netlint.yaml"), "baseline: good-baseline.txt\n");
        assertThat(EffectiveOptions.builder().configDirectory(repo).load().policyWithBaseline().baseline().size())
                .isZero();
    }

    @Test
    @Timeout(20)
    void aBaselineThatIsAFifoOrADeviceIsRefusedEvenWhenNamedExplicitly() throws Exception {
        Path fifo = repo.resolve("baseline.txt");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        Files.writeString(repo.resolve(".netlint.yaml"), "baseline: baseline.txt\n");

        assertThatThrownBy(() -> EffectiveOptions.builder().configDirectory(repo).load().policyWithBaseline())
                .isInstanceOf(Baseline.BaselineException.class).hasMessageContaining("not read");
        for (Path explicit : new Path[] {fifo, Path.of("/dev/zero")}) {
            assertThatThrownBy(() -> Baseline.read(explicit)).as(explicit.toString())
                    .isInstanceOf(Baseline.BaselineException.class)
                    .hasMessage(explicit + ": not a regular file (a folder, FIFO, socket or device); not read");
        }
    }

    @Test
    void aBaselineErrorNamesTheLineButNeverShowsIt() throws IOException {
        Path passwd = Files.writeString(outside.resolve("passwd"), SECRET + "\n");

        assertThatThrownBy(() -> Baseline.read(passwd)).isInstanceOf(Baseline.BaselineException.class)
                .hasMessage(passwd + ":1: not a baseline entry (expected a 64-digit hex fingerprint, a tab, then rule, "
                        + "file and resource)");
    }

    @Test
    void aTrustedConfigurationMayNameABaselineAnywhere() throws Exception {
        Path baseline = Files.writeString(outside.resolve("baseline.txt"), Baseline.HEADER + "\n");
        Files.writeString(repo.resolve(".netlint.yaml"), "baseline: " + baseline + "\n");

        assertThat(EffectiveOptions.builder().configDirectory(repo).trustConfig(true).load().policyWithBaseline()
                .baseline().size()).isZero();
    }
}
