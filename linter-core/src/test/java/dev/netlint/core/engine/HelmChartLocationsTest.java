package dev.netlint.core.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a finding in a chart netlint rendered is reported: on the template line that wrote it when that is certain,
 * on the values file key that gave the value when the line prints one values key, and otherwise (the old way) on the
 * line of the rendered document with a note saying so.
 */
class HelmChartLocationsTest {

    @TempDir
    Path dir;

    /** NET901: NodePort Services are reported at their type value. */
    private static final RuleDefinition NODE_PORTS = new RuleDefinition("NET901", "test-no-node-ports", Severity.ERROR,
            "Summary.", "Rationale.", "EKS-NETWORKING.md:1", "Fix it.", "https://example.com/",
            List.of(new RuleCheck(Severity.ERROR, services().that().haveType("NodePort").should()
                    .notBeExposedThroughNodePorts())));

    /** A Service template: labels from a helper (three lines where the template has one), then {@code type}. */
    private static String service(String type) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}-web
                  labels:
                    {{- include "web.labels" . | nindent 4 }}
                spec:
                  type: %s
                  ports:
                    - port: 80
                      nodePort: 30080
                """.formatted(type);
    }

    private static final String HELPERS = """
            {{- define "web.labels" -}}
            app: web
            tier: frontend
            release: {{ .Release.Name }}
            {{- end }}
            """;

    private void chart(String name, String template, String values) {
        write(name + "/Chart.yaml", "apiVersion: v2\nname: " + name.substring(name.lastIndexOf('/') + 1)
                + "\nversion: 0.1.0\n");
        write(name + "/templates/_helpers.tpl", HELPERS);
        write(name + "/templates/service.yaml", template);
        if (values != null) {
            write(name + "/values.yaml", values);
        }
    }

    private void write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String display(String relative) {
        return dir.toString().replace('\\', '/') + "/" + relative;
    }

    private Finding theFinding(String chart, InputOptions helm) {
        LintResult result = new LintEngine(new RuleRegistry(List.of(NODE_PORTS))).run(new LintRequest(
                List.of(dir.resolve(chart).toString()), null, LintSettings.DEFAULTS, List.of(), 1,
                LintRequest.DEFAULT_MAX_FILE_BYTES).withInputs(helm));
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private static InputOptions helmValues(String... files) {
        return new InputOptions(List.of(), List.of(), List.of(files), List.of());
    }

    @Test
    void aValueFromValuesYamlIsReportedAtThatKeyWithTheTemplateLineAsRelatedLocation() {
        chart("web", service("{{ .Values.service.type }}"), """
                # Defaults for the web chart.
                replicas: 2
                service:
                  port: 80
                  type: NodePort
                """);

        Finding finding = theFinding("web", InputOptions.NONE);

        assertThat(finding.location()).isEqualTo(new Location(display("web/values.yaml"), 5, 9, 5, 17));
        assertThat(finding.related()).containsExactly(new RelatedLocation(
                new Location(display("web/templates/service.yaml"), 8, 9, 8, 35),
                "rendered by templates/service.yaml:8:9 from .Values.service.type"));
    }

    @Test
    void aValueThroughQuoteOrDefaultIsStillTiedToItsKey() {
        chart("web", service("{{ .Values.service.type | default \"ClusterIP\" | quote }}"),
                "service:\n  type: NodePort\n");

        Finding finding = theFinding("web", InputOptions.NONE);

        assertThat(finding.location()).isEqualTo(new Location(display("web/values.yaml"), 2, 9, 2, 17));
        assertThat(finding.related()).singleElement().satisfies(r -> {
            assertThat(r.location().file()).isEqualTo(display("web/templates/service.yaml"));
            assertThat(r.location().line()).isEqualTo(8);
        });
    }

    @Test
    void aValueWrittenInTheTemplateIsReportedAtItsTemplateLineAndColumn() {
        chart("web", service("NodePort"), null);

        Finding finding = theFinding("web", InputOptions.NONE);

        // line 10 of the rendered document: the helper's three labels stand where the template has one include line
        assertThat(finding.location()).isEqualTo(new Location(display("web/templates/service.yaml"), 8, 9, 8, 17));
        assertThat(finding.related()).isEmpty();
    }

    @Test
    void aTemplateWithConditionalBlocksAboveTheServiceStillMapsToTheRightLine() {
        chart("web", """
                {{- if .Values.config.enabled }}
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Release.Name }}-config
                data:
                  {{- toYaml .Values.config.data | nindent 2 }}
                ---
                {{- end }}
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}-web
                  {{- with .Values.annotations }}
                  annotations:
                    {{- toYaml . | nindent 4 }}
                  {{- end }}
                spec:
                  type: NodePort
                  ports:
                    - port: 80
                      nodePort: 30080
                """, """
                config:
                  enabled: true
                  data: {a: "1", b: "2"}
                annotations:
                  team: shop
                  owner: web
                """);

        Finding finding = theFinding("web", InputOptions.NONE);

        assertThat(finding.location()).isEqualTo(new Location(display("web/templates/service.yaml"), 19, 9, 19, 17));
        assertThat(finding.related()).isEmpty();
    }

    @Test
    void eachDocumentARangeRendersFromOneTemplateIsPlacedOnItsOwn() {
        chart("web", """
                {{- range .Values.names }}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ . }}
                spec:
                  type: {{ $.Values.service.type }}
                  ports: [{port: 80, nodePort: 30080}]
                {{- end }}
                """, "names: [api, web]\nservice:\n  type: NodePort\n");

        LintResult result = new LintEngine(new RuleRegistry(List.of(NODE_PORTS))).run(new LintRequest(
                List.of(dir.resolve("web").toString()), null, LintSettings.DEFAULTS, List.of(), 1,
                LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.location()).isEqualTo(new Location(display("web/values.yaml"), 3, 9, 3, 17));
            assertThat(f.related()).extracting(RelatedLocation::message)
                    .containsExactly("rendered by templates/service.yaml:8:9 from .Values.service.type");
        });
        assertThat(result.findings()).extracting(Finding::resource)
                .containsExactlyInAnyOrder("Service default/api", "Service default/web");
    }

    @Test
    void theLastHelmValuesFileThatSetsTheKeyIsTheOneReported() {
        chart("web", service("{{ .Values.service.type }}"), "service:\n  type: ClusterIP\n");
        write("env/prod.yaml", "# Production\nservice:\n  type: NodePort\n");
        write("env/replicas.yaml", "replicas: 3\n");
        write("env/late.yaml", "service:\n  port: 8080\n  type: NodePort\n");
        String prod = dir.resolve("env/prod.yaml").toString();
        String replicas = dir.resolve("env/replicas.yaml").toString();
        String late = dir.resolve("env/late.yaml").toString();

        assertThat(theFinding("web", helmValues(prod, replicas)).location())
                .isEqualTo(new Location(display("env/prod.yaml"), 3, 9, 3, 17));
        assertThat(theFinding("web", helmValues(prod, late)).location())
                .isEqualTo(new Location(display("env/late.yaml"), 3, 9, 3, 17));
    }

    @Test
    void aValueFromHelmSetStaysOnTheTemplateAndSaysWhichSetGaveIt() {
        chart("web", service("{{ .Values.service.type }}"), "service:\n  type: ClusterIP\n");

        Finding finding = theFinding("web",
                new InputOptions(List.of(), List.of(), List.of(), List.of("service.type=NodePort")));

        Location template = new Location(display("web/templates/service.yaml"), 8, 9, 8, 35);
        assertThat(finding.location()).isEqualTo(template);
        assertThat(finding.related()).containsExactly(
                new RelatedLocation(template, ".Values.service.type set by --helm-set service.type=NodePort"));
    }

    @Test
    void aSubchartRenderedBothOnItsOwnAndByItsParentStaysOnTheRenderedLine() {
        write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n");
        write("web/values.yaml", "sub:\n  service:\n    type: NodePort\n");
        chart("web/charts/sub", service("{{ .Values.service.type }}"), "service:\n  type: ClusterIP\n");

        Finding finding = theFinding("web", InputOptions.NONE);

        // the parent's values make it a NodePort, the subchart's own do not: same file name, two renderings
        assertThat(finding.location()).isEqualTo(
                new Location(display("web/charts/sub/templates/service.yaml"), 10, 9, 10, 17));
        assertThat(finding.related()).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("line 10 is in the rendered document"));
    }

    @Test
    void relatedLocationsInATemplateArePlacedInTheTemplateToo() {
        chart("web", service("NodePort"), null);
        RuleDefinition metadataWithType = new RuleDefinition("NET902", "test-related", Severity.WARNING, "Summary.",
                "Rationale.", "EKS-NETWORKING.md:1", "Fix it.", "https://example.com/", List.of(new RuleCheck(
                Severity.WARNING, services().should().be(new Condition<Service>("be reported") {
                    @Override
                    public void check(Service service, EvalContext context, ConditionEvents events) {
                        events.violation(service, service.meta()::metadataLocation, "reported",
                                new RelatedLocation(service.type().location(), "type here"));
                    }
                }))));

        LintResult result = new LintEngine(new RuleRegistry(List.of(metadataWithType))).run(new LintRequest(
                List.of(dir.resolve("web").toString()), null, LintSettings.DEFAULTS, List.of(), 1,
                LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new Location(display("web/templates/service.yaml"), 3, 1, 3, 9));
            assertThat(f.related()).containsExactly(new RelatedLocation(
                    new Location(display("web/templates/service.yaml"), 8, 9, 8, 17), "type here"));
        });
    }

    @Test
    void aLineTwoBranchesCouldHaveWrittenStaysOnTheRenderedLineWithANote() {
        chart("web", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  {{- if .Values.legacy }}
                  type: NodePort
                  {{- else }}
                  type: {{ .Values.service.type }}
                  {{- end }}
                  ports:
                    - port: 80
                      nodePort: 30080
                """, "legacy: false\nservice:\n  type: NodePort\n");

        Finding finding = theFinding("web", InputOptions.NONE);

        assertThat(finding.location()).isEqualTo(new Location(display("web/templates/service.yaml"), 6, 9, 6, 17));
        assertThat(finding.related()).containsExactly(new RelatedLocation(Location.fileStart(display("web/Chart.yaml")),
                "rendered by Helm from this chart; line 6 is in the rendered document of "
                        + display("web/templates/service.yaml") + ", not in the template text"));
    }
}
