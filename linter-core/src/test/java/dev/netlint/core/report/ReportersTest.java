package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.output.ReportPaths;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One map from format name to reporter, for the CLI and the Maven plugin alike. */
class ReportersTest {

    private static final RuleRegistry NO_RULES = RuleRegistry.builtIn(new ClassLoader(null) {});

    @Test
    void everyFormatHasItsReporter() {
        Map<String, Class<?>> expected = Map.of("text", TextReporter.class, "json", JsonReporter.class,
                "sarif", SarifReporter.class, "github", GithubReporter.class, "checkstyle", CheckstyleReporter.class,
                "junit", JunitReporter.class, "gitlab", GitlabReporter.class);

        assertThat(Reporters.FORMATS).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String format : Reporters.FORMATS) {
            assertThat(Reporters.forFormat(format, "1.0.0", NO_RULES, new ReportPaths(Path.of("")), false, false))
                    .as(format).isInstanceOf(expected.get(format));
        }
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> Reporters.forFormat("html", "1.0.0", NO_RULES, new ReportPaths(Path.of("")), false,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessage("no reporter for html");
    }
}
