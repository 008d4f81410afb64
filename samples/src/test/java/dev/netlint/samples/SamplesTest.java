package dev.netlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, through the command line: netlint on samples/ must give exactly the report in
 * expected/samples.json (every finding to the column). Run with -Dupdate.golden=true to rewrite the golden file
 * after an intended change, then review the diff.
 */
class SamplesTest {

    private static final Path GOLDEN = Path.of("expected/samples.json");

    @Test
    void samplesGiveTheGoldenReport(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("report.json");
        int exit = Main.run("--format", "json", "--output", report.toString(), "kubernetes", "terraform");
        String actual = Files.readString(report, StandardCharsets.UTF_8)
                .replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"(any)\"");
        if (Boolean.getBoolean("update.golden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(exit).as("exit code: the bad samples have errors").isEqualTo(1);
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void goodSamplesAreClean(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("report.txt");
        int exit = Main.run("--fail-on", "info", "--output", report.toString(), "kubernetes/good");
        assertThat(Files.readString(report)).endsWith("0 errors, 0 warnings, 0 info\n");
        assertThat(exit).isZero();
    }
}
