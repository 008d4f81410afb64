package dev.netlint.core.report;

import dev.netlint.core.finding.RulePages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.netlint.core.engine.OwnFindings;
import dev.netlint.core.lang.RuleDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code netlint --list-rules --format json}: the rule catalog for scripts (id, name, severity, summary, docs). */
public final class RuleListJson {

    private RuleListJson() {}

    public static void write(List<RuleDefinition> rules, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartArray();
            for (RuleDefinition rule : rules) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("name", rule.name());
                json.writeStringField("severity", rule.severity().label());
                json.writeStringField("summary", rule.summary());
                json.writeStringField("fix", rule.fix());
                json.writeStringField("docs", rule.docs());
                json.writeEndObject();
            }
            // netlint's own finding kinds, after the rules; "ownFinding": true tells them apart (they have no checks)
            for (OwnFindings.Kind kind : OwnFindings.ALL) {
                json.writeStartObject();
                json.writeStringField("id", kind.id());
                json.writeStringField("name", kind.id());
                json.writeStringField("severity", kind.severity().label());
                json.writeStringField("summary", kind.summary());
                json.writeStringField("fix", kind.fix());
                json.writeStringField("docs", RulePages.page(kind.id()));
                json.writeBooleanField("ownFinding", true);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }
}
