package dev.netlint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

/**
 * A local child module is linted even when the file of its parent that calls it cannot be parsed: the call is never
 * expanded, so the child is linted as a root of its own, next to the parent's {@code parse-error}. Uses the test
 * rules of {@link SuppressionTest} (NET903: every egress rule).
 */
class BrokenCallerTest {

    private static final String TERRAFORM = SuppressionTest.TERRAFORM;

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private LintResult run() {
        return new LintEngine(SuppressionTest.REGISTRY).run(new LintRequest(List.of(dir.toString()), null,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES,
                LintPolicy.DEFAULTS.withToday(SuppressionTest.TODAY)));
    }

    @Test
    void childOfABrokenParentFileIsStillLinted() throws IOException {
        write("tf/main.tf", "module \"nodes\" {\n  source = \"./modules/nodes\"\n}\n\nresource \"x\" \"y\" {\n");
        write("tf/modules/nodes/sg.tf", TERRAFORM);

        assertThat(run().findings()).extracting(Finding::ruleId, f -> f.location().line())
                .containsExactlyInAnyOrder(tuple("parse-error", 5), tuple("NET903", 3), tuple("NET903", 8));
    }

    @Test
    void childOfAParsedParentIsLintedOnceThroughTheCall() throws IOException {
        write("tf/main.tf", "module \"nodes\" {\n  source = \"./modules/nodes\"\n}\n");
        write("tf/modules/nodes/sg.tf", TERRAFORM);

        assertThat(run().findings()).extracting(Finding::ruleId).containsExactly("NET903", "NET903");
    }
}
