package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.lang.LintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline round trip: write, re-run, move code, add a finding; and the file's format and errors. */
class BaselineTest {

    @TempDir
    Path dir;

    Path write(String relative, String text) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    LintResult run(Baseline baseline) {
        return new LintEngine(SuppressionTest.REGISTRY).run(new LintRequest(List.of(dir.resolve("k8s").toString()), null,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES,
                LintPolicy.DEFAULTS.withBaseline(baseline)));
    }

    @Test
    void roundTripReportsOnlyNewFindings() throws IOException, Baseline.BaselineException {
        write("k8s/svc.yaml", SuppressionTest.NODEPORT);
        Path file = dir.resolve("netlint-baseline.txt");
        LintResult first = run(null);
        assertThat(first.findings()).hasSize(2);
        Baseline.write(file, first.findings());

        LintResult again = run(Baseline.read(file));
        assertThat(again.findings()).isEmpty();
        assertThat(again.suppressed()).hasSize(2).allSatisfy(s -> {
            assertThat(s.suppression().kind()).isEqualTo(Suppression.Kind.BASELINE);
            assertThat(s.suppression().reason()).startsWith("known finding, listed in the baseline ");
        });
        assertThat(again.failsAt(dev.netlint.core.finding.Severity.INFO)).isFalse();

        write("k8s/svc.yaml", "# a comment moves everything down\n\n" + SuppressionTest.NODEPORT);
        assertThat(run(Baseline.read(file)).findings()).isEmpty();

        write("k8s/svc.yaml", SuppressionTest.NODEPORT + "---\n" + SuppressionTest.NODEPORT.replace("name: web", "name: api"));
        LintResult withNew = run(Baseline.read(file));
        assertThat(withNew.findings()).extracting(Finding::resource).containsOnly("Service shop/api").hasSize(2);
        assertThat(withNew.suppressed()).hasSize(2);
    }

    @Test
    void fileIsSortedDeterministicAndReadable() throws IOException {
        write("k8s/b.yaml", SuppressionTest.NODEPORT.replace("name: web", "name: b"));
        write("k8s/a.yaml", SuppressionTest.NODEPORT.replace("name: web", "name: a"));
        Path file = dir.resolve("baseline.txt");
        List<Finding> findings = run(null).findings();
        Baseline.write(file, findings);
        String text = Files.readString(file);
        Baseline.write(file, new java.util.ArrayList<>(findings) {{ java.util.Collections.reverse(this); }});

        assertThat(Files.readString(file)).isEqualTo(text);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo(Baseline.HEADER);
        assertThat(lines.subList(1, lines.size())).hasSize(4).allMatch(l -> l.matches("[0-9a-f]{64}\t\\S+\t\\S+\t.+"));
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split("\t", 2)[1]).containsExactly(
                "NET901\tk8s/a.yaml\tService shop/a", "NET902\tk8s/a.yaml\tService shop/a",
                "NET901\tk8s/b.yaml\tService shop/b", "NET902\tk8s/b.yaml\tService shop/b");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("k8s", "baseline.txt");
    }

    @Test
    void malformedLineIsAnErrorWithFileAndLineThatNeverShowsTheLine() throws IOException {
        Path file = write("baseline.txt", Baseline.HEADER + "\nNET001 k8s/a.yaml\n");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(Baseline.BaselineException.class)
                .hasMessage(file.toString().replace('\\', '/') + ":2: not a baseline entry (expected a 64-digit hex "
                        + "fingerprint, a tab, then rule, file and resource)");
    }

    @Test
    void missingFileIsAnError() {
        Path file = dir.resolve("none.txt");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(Baseline.BaselineException.class)
                .hasMessageContaining("no such baseline file (create it with --write-baseline");
    }
}
