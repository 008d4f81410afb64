package dev.netlint.core.report;

import static dev.netlint.core.report.ReportFixtures.NODE_PORT;
import static dev.netlint.core.report.ReportFixtures.PARSE_ERROR;
import static dev.netlint.core.report.ReportFixtures.WARNING;
import static dev.netlint.core.report.ReportFixtures.WORKFLOW;
import static dev.netlint.core.report.ReportFixtures.render;
import static dev.netlint.core.report.ReportFixtures.result;
import static dev.netlint.core.report.ReportFixtures.withMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.source.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The human format, pinned exactly: one line per finding ({@code path:line:column: severity: message [id name]}),
 * related places indented beneath, a summary, and nothing from scanned files that could drive the terminal.
 */
class TextReporterTest {

    private static final String ESC = "\u001b";

    private static String text(LintResult result) {
        return render(new TextReporter(false, false), result);
    }

    @Test
    void writesOneLinePerFindingWithRelatedPlacesBeneathAndASummary() {
        String text = text(result(List.of(NODE_PORT, WARNING), 3, List.of(WORKFLOW)));

        assertThat(text).isEqualTo("""
                k8s/web.yaml:9:9: error: Service shop/web is exposed on every node's IP at port 30080 [NET001 service-nodeport-exposure]
                    k8s/ingress.yaml:12:31: instance-mode backend of Ingress shop/web
                k8s/web.yaml:20:1: warning: Ingress shop/web does not join an IngressGroup [NET003 alb-ingress-not-grouped]
                3 files linted, 1 skipped: 1 error, 1 warning, 0 info
                """);
    }

    @Test
    void namesAFindingWhoseIdIsItsNameOnlyOnce() {
        assertThat(text(result(List.of(PARSE_ERROR), 1, List.of()))).isEqualTo("""
                k8s/broken.yaml:2:4: error: invalid YAML: mapping values are not allowed here [parse-error]
                1 file linted, 0 skipped: 1 error, 0 warnings, 0 info
                """);
    }

    @Test
    void verboseOutputAddsFixesLinksAndSkippedFiles() {
        String text = render(new TextReporter(false, true), result(List.of(WARNING), 2, List.of(WORKFLOW)));

        assertThat(text).isEqualTo("""
                k8s/web.yaml:20:1: warning: Ingress shop/web does not join an IngressGroup [NET003 alb-ingress-not-grouped]
                    fix: Set alb.ingress.kubernetes.io/group.name.
                    see: https://netlint.dev/rules/NET003
                skipped .github/workflows/ci.yml: not a Kubernetes manifest (no apiVersion and kind)
                2 files linted, 1 skipped: 0 errors, 1 warning, 0 info
                """);
    }

    @Test
    void colourWrapsOnlyTheSeverity() {
        String text = render(new TextReporter(true, false), result(List.of(WARNING), 1, List.of()));

        assertThat(text).startsWith("k8s/web.yaml:20:1: " + ESC + "[33mwarning" + ESC + "[0m: Ingress shop/web");
    }

    @Test
    void writesNoColourWhenNotAsked() {
        assertThat(text(result(List.of(NODE_PORT, WARNING, PARSE_ERROR), 2, List.of()))).doesNotContain(ESC);
    }

    @Test
    void neutralisesEscapeSequencesAndLineBreaksInMessages() {
        Finding hostile = withMessage(NODE_PORT, "Service " + ESC + "[2J" + ESC + "]0;owned\u0007 x\r\nfake: error");

        String text = text(result(List.of(hostile), 1, List.of()));

        assertThat(text).doesNotContain(ESC).doesNotContain("\r").hasLineCount(3);
        assertThat(text.lines().findFirst()).hasValue("k8s/web.yaml:9:9: error: Service \\u001b[2J\\u001b]0;owned\\u0007 x"
                + "\\u000d\\u000afake: error [NET001 service-nodeport-exposure]");
    }

    @Test
    void neutralisesEscapeSequencesAndLineBreaksInRelatedMessages() {
        Finding hostile = new Finding("NET001", "service-nodeport-exposure", NODE_PORT.severity(), "m",
                NODE_PORT.location(), "r", "", "", List.of(new RelatedLocation(Location.at("k8s/a.yaml", 1, 1),
                "backend\n" + ESC + "[31mfake")));

        String text = text(result(List.of(hostile), 1, List.of()));

        assertThat(text).doesNotContain(ESC).hasLineCount(3);
        assertThat(text).contains("    k8s/a.yaml:1:1: backend\\u000a\\u001b[31mfake\n");
    }

    @Test
    void neutralisesEscapeSequencesAndLineBreaksInFileNames() {
        Location hostilePath = Location.at("k8s/" + ESC + "[2Jx\ny.yaml", 3, 1);
        Finding finding = new Finding("NET001", "service-nodeport-exposure", NODE_PORT.severity(), "m", hostilePath,
                "r", "", "", List.of(new RelatedLocation(hostilePath, "here")));

        String text = text(result(List.of(finding), 1, List.of()));

        assertThat(text).doesNotContain(ESC).hasLineCount(3);
        assertThat(text).startsWith("k8s/\\u001b[2Jx\\u000ay.yaml:3:1: error: m [NET001 service-nodeport-exposure]\n"
                + "    k8s/\\u001b[2Jx\\u000ay.yaml:3:1: here\n");
    }

    @Test
    void neutralisesEscapeSequencesAndLineBreaksInSkippedFiles() {
        SkippedFile hostile = new SkippedFile("k8s/" + ESC + "[2J.yaml", "unreadable: bad\n" + ESC + "[31mname");

        String text = render(new TextReporter(false, true), result(List.of(), 0, List.of(hostile)));

        assertThat(text).doesNotContain(ESC).hasLineCount(2);
    }
}
