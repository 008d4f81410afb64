package dev.netlint.core.parse.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which template line wrote each rendered line: certain matches only. Lines are 1-based here; 0 is "not certain".
 */
class TemplateAlignmentTest {

    private static TemplateAlignment align(String template, String rendered) {
        GoTemplate parsed = GoTemplate.parse(template);
        assertThat(parsed).as("template parses").isNotNull();
        return TemplateAlignment.align(parsed, lines(template), lines(rendered));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    /** The template line of each rendered line, 0 where it is not certain. */
    private static int[] templateLines(String template, String rendered) {
        TemplateAlignment alignment = align(template, rendered);
        return java.util.stream.IntStream.range(0, lines(rendered).size())
                .map(line -> alignment.templateLine(line) + 1).toArray();
    }

    @Test
    void literalLinesMatchTheirTextWhereverIncludesMovedThem() {
        String template = """
                metadata:
                  labels:
                    {{- include "labels" . | nindent 4 }}
                spec:
                  type: NodePort
                """;
        String rendered = """
                metadata:
                  labels:
                    app: web
                    tier: frontend
                spec:
                  type: NodePort
                """;

        assertThat(templateLines(template, rendered)).containsExactly(1, 2, 0, 0, 4, 5);
    }

    @Test
    void aLineWithActionsMatchesByItsLiteralParts() {
        String template = """
                metadata:
                  name: {{ .Release.Name }}-web
                  namespace: {{ .Release.Namespace }}
                """;
        String rendered = """
                metadata:
                  name: netlint-web
                  namespace: shop
                """;

        assertThat(templateLines(template, rendered)).containsExactly(1, 2, 3);
    }

    @Test
    void aColumnInAnActionsOutputMapsToTheWholeActionAndALiteralColumnToItself() {
        String template = "spec:\n  type: {{ .Values.type }}  # the type\n";
        String rendered = "spec:\n  type: NodePort  # the type\n";
        TemplateAlignment alignment = align(template, rendered);

        assertThat(alignment.locate(2, 9, 2, 17)).satisfies(m -> {
            assertThat(List.of(m.line(), m.column(), m.endLine(), m.endColumn())).containsExactly(2, 9, 2, 27);
            assertThat(m.value()).isNull(); // a comment follows: the action is not the whole value of the line
        });
        assertThat(alignment.locate(2, 3, 2, 7)).satisfies(m ->
                assertThat(List.of(m.line(), m.column(), m.endLine(), m.endColumn())).containsExactly(2, 3, 2, 7));
        assertThat(alignment.locate(2, 19, 2, 29)).satisfies(m ->
                assertThat(List.of(m.line(), m.column(), m.endLine(), m.endColumn())).containsExactly(2, 29, 2, 39));
    }

    @Test
    void aKeyWhoseWholeValueIsOneActionNamesThatActionAndWhatItPrinted() {
        TemplateAlignment alignment = align("spec:\n  type: {{ .Values.type | quote }}\n", "spec:\n  type: \"NodePort\"\n");

        assertThat(alignment.locate(2, 9, 2, 19)).satisfies(m -> {
            assertThat(m.value().body()).isEqualTo(".Values.type | quote");
            assertThat(List.of(m.value().line(), m.value().column(), m.value().endColumn())).containsExactly(1, 8, 34);
            assertThat(m.printed()).isEqualTo("\"NodePort\"");
        });
        assertThat(alignment.locate(2, 3, 2, 7).value()).as("a finding at the key").isNotNull();
    }

    @Test
    void aLineThatEitherBranchCouldHaveWrittenIsNotMapped() {
        String template = """
                spec:
                  {{- if .Values.legacy }}
                  type: NodePort
                  {{- else }}
                  type: {{ .Values.type }}
                  {{- end }}
                  selector: {app: web}
                """;
        String rendered = "spec:\n  type: NodePort\n  selector: {app: web}\n";

        assertThat(templateLines(template, rendered)).containsExactly(1, 0, 7);
    }

    @Test
    void aConditionalLineIsMappedWhenNoActionAroundItCouldHavePrintedItInstead() {
        String template = """
                spec:
                  {{- if .Values.headless }}
                  clusterIP: None
                  {{- end }}
                  type: ClusterIP
                """;

        assertThat(templateLines(template, "spec:\n  clusterIP: None\n  type: ClusterIP\n")).containsExactly(1, 3, 5);
    }

    @Test
    void aConditionalLineAnActionCouldHavePrintedInsteadIsNotMapped() {
        String template = """
                spec:
                  {{- if .Values.nodePorts }}
                  type: NodePort
                  {{- else }}
                  {{- toYaml .Values.serviceSpec | nindent 2 }}
                  {{- end }}
                  selector: {app: web}
                """;

        // nodePorts false and serviceSpec {type: NodePort} render the same text as nodePorts true
        assertThat(templateLines(template, "spec:\n  type: NodePort\n  selector: {app: web}\n"))
                .containsExactly(1, 0, 7);
    }

    @Test
    void textInAnIfAroundTheWholeDocumentAndInARangeThatRanOnceMaps() {
        String template = """
                {{- if .Values.ingress.enabled -}}
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  labels:
                    {{- include "labels" . | nindent 4 }}
                spec:
                  rules:
                    {{- range .Values.hosts }}
                    - host: {{ . | quote }}
                    {{- end }}
                {{- end }}
                """;
        String rendered = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  labels:
                    app: web
                spec:
                  rules:
                    - host: "shop.example.com"
                """;

        assertThat(templateLines(template, rendered)).containsExactly(2, 3, 4, 5, 0, 7, 8, 10);
    }

    @Test
    void aLineARangeRepeatsIsNotMappedButTheLinesAroundItAre() {
        String template = """
                ports:
                {{- range .Values.ports }}
                  - port: {{ . }}
                {{- end }}
                type: NodePort
                """;
        String rendered = "ports:\n  - port: 80\n  - port: 443\ntype: NodePort\n";

        assertThat(templateLines(template, rendered)).containsExactly(1, 0, 0, 5);
    }

    @Test
    void aLineJoinedToAnotherByATrimMarkerHasNoLineOfItsOwn() {
        String template = """
                spec:
                  type:
                    {{- " NodePort" }}
                  selector: {app: web}
                """;
        String rendered = "spec:\n  type: NodePort\n  selector: {app: web}\n";

        assertThat(templateLines(template, rendered)).containsExactly(1, 0, 4);
    }

    @Test
    void textAfterARightTrimMarkerLosesItsIndentationAndStillMaps() {
        String template = "{{- if .Values.enabled -}}\n  kind: Service\nspec: {}\n";
        String rendered = "kind: Service\nspec: {}\n";
        TemplateAlignment alignment = align(template, rendered);

        assertThat(alignment.templateLine(0)).isEqualTo(1);
        assertThat(alignment.locate(1, 7, 1, 14)).satisfies(m ->
                assertThat(List.of(m.line(), m.column(), m.endColumn())).containsExactly(2, 9, 16));
    }

    @Test
    void commentsAndDefinitionsWriteNothingWhereTheyStand() {
        String template = """
                {{- /*
                type: NodePort
                */}}
                {{- define "x" }}
                type: NodePort
                {{- end }}
                type: NodePort
                """;

        assertThat(templateLines(template, "type: NodePort\n")).containsExactly(7);
    }

    @Test
    void aLineOfActionsOnlyMatchesNothing() {
        assertThat(templateLines("a: 1\n{{ .Values.extra }}\nb: 2\n", "a: 1\nc: 3\nb: 2\n")).containsExactly(1, 0, 3);
    }

    @Test
    void aLineWhoseTextCouldBeSplitMoreThanOneWayMapsItsLineButNotItsColumn() {
        TemplateAlignment alignment = align("x: {{ .a }}-{{ .b }}\n", "x: 1-2-3\n");

        assertThat(alignment.locate(1, 6, 1, 7)).satisfies(m -> {
            assertThat(List.of(m.line(), m.column(), m.endColumn())).containsExactly(1, 1, 21);
            assertThat(m.value()).isNull();
        });
    }

    @Test
    void stringsInActionsMayHoldClosingBraces() {
        assertThat(templateLines("a: {{ \"}}\" }}\nb: 2\n", "a: }}\nb: 2\n")).containsExactly(1, 2);
        assertThat(GoTemplate.parse("a: {{ .Values.x \n")).isNull();
    }

    @Test
    void distinctLinesOfALargeDocumentAllMap() {
        String big = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "key" + i + ": value\n")
                .collect(java.util.stream.Collectors.joining());

        assertThat(templateLines(big, big)).doesNotContain(0);
    }

    @Test
    void nothingIsMappedWhenTheDocumentIsTooLargeToAlign() {
        String big = java.util.stream.IntStream.range(0, 1500).mapToObj(i -> "key" + i + ": value\n")
                .collect(java.util.stream.Collectors.joining());

        assertThat(templateLines(big, big)).containsOnly(0);
    }
}
