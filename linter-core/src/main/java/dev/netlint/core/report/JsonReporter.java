package dev.netlint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The stable machine format. Fields are only ever added, never renamed:
 * {@code {"version", "findings": [{ruleId, ruleName, severity, message, file, line, column, endLine, endColumn,
 * resource, hint, docs, related: [{file, line, column, message}], suppressed?: {kind, reason, file?, line?, expires?}}],
 * "summary": {files, findings, errors, warnings, infos, skipped, suppressed, workspaces?: [{name, why}]}}}.
 * {@code workspaces} lists the workspaces a run without configured ones was split into, when there are several.
 * <p>
 * Suppressed findings are listed with the others, in the same order, marked with a {@code suppressed} object
 * ({@code kind}: annotation, comment, baseline or config); the summary's {@code findings} and severity counts leave
 * them out, {@code suppressed} counts them.
 */
public final class JsonReporter implements Reporter {

    private final String version;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("version", version);
            json.writeArrayFieldStart("findings");
            Map<Finding, Suppression> suppressions = result.suppressionIndex();
            for (Finding finding : result.allFindings()) {
                writeFinding(json, finding, suppressions.get(finding));
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", result.filesLinted());
            json.writeNumberField("findings", result.findings().size());
            json.writeNumberField("errors", result.count(Severity.ERROR));
            json.writeNumberField("warnings", result.count(Severity.WARNING));
            json.writeNumberField("infos", result.count(Severity.INFO));
            json.writeNumberField("skipped", result.skipped().size());
            json.writeNumberField("suppressed", result.suppressed().size());
            if (result.workspaces().size() > 1) {
                json.writeArrayFieldStart("workspaces");
                for (dev.netlint.core.finding.FormedWorkspace workspace : result.workspaces()) {
                    json.writeStartObject();
                    json.writeStringField("name", workspace.name());
                    json.writeStringField("why", workspace.why());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(JsonGenerator json, Finding finding, Suppression suppression) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("ruleName", finding.ruleName());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("message", finding.message());
        json.writeStringField("file", finding.location().file());
        json.writeNumberField("line", finding.location().line());
        json.writeNumberField("column", finding.location().column());
        json.writeNumberField("endLine", finding.location().endLine());
        json.writeNumberField("endColumn", finding.location().endColumn());
        json.writeStringField("resource", finding.resource());
        json.writeStringField("hint", finding.hint());
        json.writeStringField("docs", finding.docs());
        json.writeArrayFieldStart("related");
        for (RelatedLocation related : finding.related()) {
            json.writeStartObject();
            json.writeStringField("file", related.location().file());
            json.writeNumberField("line", related.location().line());
            json.writeNumberField("column", related.location().column());
            json.writeStringField("message", related.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (suppression != null) {
            json.writeObjectFieldStart("suppressed");
            json.writeStringField("kind", suppression.kind().label());
            json.writeStringField("reason", suppression.reason());
            if (suppression.location() != null) {
                json.writeStringField("file", suppression.location().file());
                json.writeNumberField("line", suppression.location().line());
            }
            if (suppression.expires() != null) {
                json.writeStringField("expires", suppression.expires().toString());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
