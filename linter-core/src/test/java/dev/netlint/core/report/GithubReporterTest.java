package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import static dev.netlint.core.report.ReportFixtures.HOSTILE;
import static dev.netlint.core.report.ReportFixtures.finding;
import static dev.netlint.core.report.ReportFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Workflow commands as the Actions runner parses them; hostile resource names must not inject commands. */
class GithubReporterTest {

    /** How the runner reads a v2 command line (ActionCommand.TryParseV2): {@code ::name props::data}. */
    private static final Pattern COMMAND = Pattern.compile("^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$");

    private static String github(Finding... findings) throws IOException {
        StringWriter out = new StringWriter();
        new GithubReporter(new ReportPaths(Path.of("/repo"))).write(result(findings), out);
        return out.toString();
    }

    @Test
    void escapesDataAndPropertiesExactlyAsTheRunnerUnescapes() {
        assertThat(GithubCommands.escapeData("100% a\r\nb: c, d")).isEqualTo("100%25 a%0D%0Ab: c, d");
        assertThat(GithubCommands.escapeProperty("100% a\r\nb: c, d")).isEqualTo("100%25 a%0D%0Ab%3A c%2C d");
        assertThat(GithubCommands.escapeData("%0A")).isEqualTo("%250A");
    }

    @Test
    void writesOneAnnotationPerFindingWithPositionAndTitle() throws IOException {
        String out = github(finding("NET001", "service-nodeport-exposure", Severity.WARNING, "/repo/k8s/svc.yaml",
                5, 9, "Service shop/web", "Service shop/web is exposed"));
        assertThat(out).isEqualTo("::warning file=k8s/svc.yaml,line=5,col=9,endLine=5,endColumn=17,"
                + "title=NET001 service-nodeport-exposure::Service shop/web is exposed\n"
                + "netlint: 3 files linted, 0 skipped: 0 errors, 1 warning, 0 info\n");
    }

    @Test
    void mapsSeveritiesToErrorWarningNoticeMostSevereFirst() throws IOException {
        String out = github(
                finding("NET003", "c-c", Severity.INFO, "a.yaml", 1, 1, "r", "info one"),
                finding("NET002", "b-b", Severity.WARNING, "a.yaml", 2, 1, "r", "warning one"),
                finding("NET001", "a-a", Severity.ERROR, "z.yaml", 9, 1, "r", "error one"));
        assertThat(out.lines().map(l -> l.replaceAll(" .*", "")).toList())
                .containsExactly("::error", "::warning", "::notice", "netlint:");
    }

    @Test
    void annotatesAtMostTenPerLevelAndSaysHowManyWereLeftOut() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            findings.add(finding("NET001", "a-a", Severity.WARNING, "w.yaml", i, 1, "r", "warning " + i));
        }
        for (int i = 1; i <= 11; i++) {
            findings.add(finding("NET002", "b-b", Severity.ERROR, "e.yaml", i, 1, "r", "error " + i));
        }
        findings.add(finding("NET003", "c-c", Severity.INFO, "i.yaml", 1, 1, "r", "info"));
        List<String> lines = github(findings.toArray(Finding[]::new)).lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("::error ")).count()).isEqualTo(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::warning ")).count()).isEqualTo(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::notice ")).count()).isEqualTo(1);
        assertThat(lines.get(0)).startsWith("::error file=e.yaml,line=1,");
        assertThat(lines.get(10)).startsWith("::warning file=w.yaml,line=1,");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("netlint: 3 files linted, 0 skipped: 11 errors, 13 warnings, 1 info;"
                + " 4 findings were not annotated (GitHub shows at most 10 per level per step):"
                + " see the SARIF report or run netlint locally");
    }

    @Test
    void hostileNamesCannotInjectWorkflowCommands() throws IOException {
        String out = github(finding("NET001", "service-nodeport-exposure", Severity.WARNING,
                "k8s/a,title=x::y\n::error file=z::injected.yaml", 3, 9, "Service " + HOSTILE, "Service " + HOSTILE + " is exposed"));
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("netlint: ");
        Matcher command = COMMAND.matcher(lines.get(0));
        assertThat(command.matches()).as(lines.get(0)).isTrue();
        assertThat(command.group(1)).isEqualTo("warning");
        // Properties as the runner splits them: on ',' then on the first '='; values unescaped afterwards.
        List<String> keys = new ArrayList<>();
        for (String property : command.group(2).split(",")) {
            keys.add(property.substring(0, property.indexOf('=')));
        }
        assertThat(keys).containsExactly("file", "line", "col", "endLine", "endColumn", "title");
        assertThat(unescapeProperty(command.group(2).split(",")[0].substring(5)))
                .isEqualTo("k8s/a,title=x::y\n::error file=z::injected.yaml");
        assertThat(unescapeData(command.group(3)))
                .isEqualTo("Service web\n::error file=x::pwned\r\n::add-mask::secret%0A, title=:\"<&>\\u001b[31m is exposed");
        assertThat(out).doesNotContain("\u001b").doesNotContain("\r");
    }

    /** The runner's ActionCommand.UnescapeData. */
    private static String unescapeData(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    /** The runner's ActionCommand.UnescapeProperty. */
    private static String unescapeProperty(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
