package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Fingerprints;
import dev.netlint.core.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality, the report a job publishes with {@code artifacts: reports: codequality: FILE} so the merge
 * request shows the findings: a JSON array with one object per active finding,
 * {@code {"description", "check_name", "fingerprint", "severity", "location": {"path", "lines": {"begin"},
 * "positions": {"begin": {"line", "column"}}}}}. These are the fields GitLab's documentation of the format lists
 * (it reads a subset of the Code Climate issue format); nothing else is written.
 * <ul>
 *   <li>{@code check_name}: the rule id ({@code NET001}, {@code parse-error}); the description ends with the rule's
 *       name in brackets, as the text format does.</li>
 *   <li>{@code severity}: error is {@code major}, warning {@code minor}, info {@code info}, so GitLab's widget ranks
 *       them as netlint does (critical and blocker are left to tools that rate risk).</li>
 *   <li>{@code fingerprint}: the same SHA-256 SARIF and the baseline use ({@link Fingerprints}), so the widget keeps
 *       an issue's identity when lines move. GitLab shows one issue per fingerprint, so a second finding with the
 *       same one (same rule, file, resource and message) gets the hash of that fingerprint and its occurrence.</li>
 *   <li>{@code location.path}: relative to the report root (the repository root in CI), {@code /}-separated.</li>
 * </ul>
 * Suppressed findings are left out, as in the github and checkstyle formats: the merge request shows what to fix.
 */
public final class GitlabReporter implements Reporter {

    private final ReportPaths paths;

    public GitlabReporter(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<Finding> findings = result.findings();
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartArray();
            for (Finding finding : findings) {
                String path = paths.relative(finding.location().file());
                String fingerprint = Fingerprints.of(finding, path);
                int occurrence = seen.merge(fingerprint, 1, Integer::sum);
                if (occurrence > 1) {
                    fingerprint = sha256(fingerprint + "\u0000" + occurrence);
                }
                json.writeStartObject();
                json.writeStringField("description", finding.message() + " [" + finding.ruleId()
                        + (finding.ruleName().equals(finding.ruleId()) ? "" : " " + finding.ruleName()) + "]");
                json.writeStringField("check_name", finding.ruleId());
                json.writeStringField("fingerprint", fingerprint);
                json.writeStringField("severity", severity(finding));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", path);
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", Math.max(1, finding.location().line()));
                json.writeEndObject();
                json.writeObjectFieldStart("positions");
                json.writeObjectFieldStart("begin");
                json.writeNumberField("line", Math.max(1, finding.location().line()));
                json.writeNumberField("column", Math.max(1, finding.location().column()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
