package dev.netlint.core.parse.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Template text is the user's: whatever it holds (unclosed actions, stray trim markers, comments, quotes, CRLF),
 * reading it and aligning any output with it never fails, and every place it gives is a real place in the template.
 */
class TemplateAlignmentFuzzTest {

    private static final List<String> FRAGMENTS = List.of("{{", "}}", "{{- ", " -}}", "{{/*", "*/}}", "{{ if .x }}",
            "{{ else }}", "{{- end }}", "{{ range .y }}", "{{ define \"d\" }}", "{{ .Values.a }}",
            "{{ include \"l\" . | nindent 2 }}", "\"", "'", "`", "\n", "\r\n", "  ", "key: ", "- ", "value", "#", "---");

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> outputs() {
        return Arbitraries.of("key: value", "  key: value", "- value", "value", "", "  ", "key: ", "# value", "---")
                .list().ofMaxSize(20).map(lines -> String.join("\n", lines));
    }

    @Property
    void readingAndAligningAnyTemplateGivesPlacesInsideIt(@ForAll("templates") String template,
                                                          @ForAll("outputs") String output) {
        GoTemplate parsed = GoTemplate.parse(template);
        if (parsed == null) {
            return;
        }
        List<String> templateLines = Arrays.asList(template.split("\n", -1));
        List<String> rendered = Arrays.asList(output.split("\n", -1));
        TemplateAlignment alignment = TemplateAlignment.align(parsed, templateLines, rendered);
        for (int line = 1; line <= rendered.size(); line++) {
            for (int column = 1; column <= rendered.get(line - 1).length() + 1; column++) {
                TemplateAlignment.Mapped mapped = alignment.locate(line, column, line, column + 3);
                if (mapped != null) {
                    assertThat(mapped.line()).isBetween(1, templateLines.size());
                    assertThat(mapped.column()).isPositive();
                    assertThat(mapped.endLine() > mapped.line()
                            || (mapped.endLine() == mapped.line() && mapped.endColumn() >= mapped.column())).isTrue();
                }
            }
        }
    }
}
