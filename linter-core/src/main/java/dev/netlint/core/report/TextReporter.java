package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.SuppressedFinding;
import dev.netlint.core.finding.Suppression;
import java.io.IOException;
import java.io.Writer;

/**
 * The human format: {@code path:line:column: severity: message [NET001 service-nodeport-exposure]}, the places that
 * make a cross-resource finding true indented beneath it, then a one-line summary. Colour only when asked (the CLI
 * asks when standard output is a terminal).
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";

    private final boolean colour;
    private final boolean verbose;

    public TextReporter(boolean colour, boolean verbose) {
        this.colour = colour;
        this.verbose = verbose;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            out.write(TerminalText.clean(finding.location().toString()));
            out.write(": ");
            out.write(paint(finding.severity()));
            out.write(": ");
            out.write(TerminalText.clean(finding.message()));
            out.write(" [" + finding.ruleId() + (finding.ruleId().equals(finding.ruleName()) ? "" : " " + finding.ruleName()) + "]");
            out.write('\n');
            for (RelatedLocation related : finding.related()) {
                out.write("    " + TerminalText.clean(related.location().toString()) + ": "
                        + TerminalText.clean(related.message()) + '\n');
            }
            if (verbose && finding.hint() != null && !finding.hint().isEmpty()) {
                out.write("    fix: " + finding.hint() + '\n');
            }
            if (verbose && finding.docs() != null && !finding.docs().isEmpty()) {
                out.write("    see: " + TerminalText.clean(finding.docs()) + '\n'); // the rule's page
            }
        }
        if (verbose) {
            for (SuppressedFinding suppressed : result.suppressed()) {
                Finding finding = suppressed.finding();
                out.write(TerminalText.clean(finding.location().toString()) + ": suppressed ("
                        + suppressed.suppression().kind().label() + ": "
                        + TerminalText.clean(suppressed.suppression().reason()) + "): "
                        + TerminalText.clean(finding.message()) + " [" + finding.ruleId() + "]\n");
            }
            for (SkippedFile skipped : result.skipped()) {
                out.write("skipped " + TerminalText.clean(skipped.path()) + ": " + TerminalText.clean(skipped.reason()) + '\n');
            }
            for (dev.netlint.core.finding.FormedWorkspace workspace : result.workspaces()) {
                out.write("workspace " + TerminalText.clean(workspace.name()) + ": "
                        + TerminalText.clean(workspace.why()) + '\n');
            }
        }
        out.write(summary(result));
        out.write('\n');
    }

    static String summary(LintResult result) {
        return String.format("%d file%s linted, %d skipped: %d error%s, %d warning%s, %d info",
                result.filesLinted(), result.filesLinted() == 1 ? "" : "s", result.skipped().size(),
                result.count(Severity.ERROR), result.count(Severity.ERROR) == 1 ? "" : "s",
                result.count(Severity.WARNING), result.count(Severity.WARNING) == 1 ? "" : "s",
                result.count(Severity.INFO))
                + (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed"
                        + suppressedKinds(result));
    }

    /** " (2 comment, 1 baseline)": how many of each kind, in a fixed order. */
    private static String suppressedKinds(LintResult result) {
        java.util.Map<Suppression.Kind, Long> counts = new java.util.EnumMap<>(Suppression.Kind.class);
        result.suppressed().forEach(s -> counts.merge(s.suppression().kind(), 1L, Long::sum));
        StringBuilder text = new StringBuilder(" (");
        counts.forEach((kind, n) -> text.append(text.length() > 2 ? ", " : "").append(n).append(' ').append(kind.label()));
        return text.append(')').toString();
    }

    private String paint(Severity severity) {
        if (!colour) {
            return severity.label();
        }
        String code = switch (severity) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return code + severity.label() + RESET;
    }
}
