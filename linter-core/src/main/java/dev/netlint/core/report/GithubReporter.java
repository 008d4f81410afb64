package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands that annotate the pull request diff, with no token and no Advanced Security:
 * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=NET001 service-nodeport-exposure::message}.
 * Severity maps to {@code error}, {@code warning} and {@code notice}.
 *
 * <p>GitHub shows at most {@value #MAX_PER_LEVEL} annotations per level per step, so findings are printed most
 * severe first, at most {@value #MAX_PER_LEVEL} per level, and a final plain line counts what was not annotated.
 * Scanned files are untrusted: every property and the message go through {@link GithubCommands}, and the plain
 * lines carry only numbers, never scanned text, so no file can inject a workflow command.
 */
public final class GithubReporter implements Reporter {

    /** Annotations GitHub displays per level (error, warning, notice) per step. */
    public static final int MAX_PER_LEVEL = 10;

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder());

    private final ReportPaths paths;

    public GithubReporter(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(MOST_SEVERE_FIRST);
        Map<Severity, Integer> annotated = new EnumMap<>(Severity.class);
        int notAnnotated = 0;
        for (Finding finding : findings) {
            int count = annotated.merge(finding.severity(), 1, Integer::sum);
            if (count > MAX_PER_LEVEL) {
                notAnnotated++;
                continue;
            }
            out.write(command(finding));
            out.write('\n');
        }
        out.write(summary(result, notAnnotated));
        out.write('\n');
    }

    String command(Finding finding) {
        var location = finding.location();
        StringBuilder line = new StringBuilder("::").append(level(finding.severity())).append(' ');
        line.append("file=").append(property(paths.relative(location.file())));
        line.append(",line=").append(location.line());
        line.append(",col=").append(location.column());
        line.append(",endLine=").append(location.endLine());
        line.append(",endColumn=").append(location.endColumn());
        String title = finding.ruleId().equals(finding.ruleName()) ? finding.ruleId()
                : finding.ruleId() + " " + finding.ruleName();
        line.append(",title=").append(property(title));
        line.append("::").append(GithubCommands.escapeData(TerminalText.cleanKeepingLineBreaks(finding.message())));
        return line.toString();
    }

    private static String property(String value) {
        return GithubCommands.escapeProperty(TerminalText.cleanKeepingLineBreaks(value));
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static String summary(LintResult result, int notAnnotated) {
        String text = "netlint: " + TextReporter.summary(result);
        if (notAnnotated > 0) {
            text += "; " + notAnnotated + " finding" + (notAnnotated == 1 ? " was" : "s were")
                    + " not annotated (GitHub shows at most " + MAX_PER_LEVEL
                    + " per level per step): see the SARIF report or run netlint locally";
        }
        return text;
    }
}
