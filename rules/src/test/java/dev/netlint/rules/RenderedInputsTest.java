package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.InputOptions;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.source.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output of renderers piped in ({@code helm template ... | netlint -}) and Kustomize overlays found in the tree. */
class RenderedInputsTest {

    private static final String HELM_TEMPLATE_OUTPUT = """
            ---
            # Source: web/templates/configmap.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: web, namespace: shop}
            data: {a: b}
            ---
            # Source: web/templates/service.yaml
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{port: 80, targetPort: 8080}]
            """;

    private static LintResult run(String stdin, String... paths) {
        return new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of(paths), stdin,
                LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    @Test
    void findingsOnStandardInputNameStdinAndTheTemplateTheDocumentWasRenderedFrom() {
        LintResult result = run(HELM_TEMPLATE_OUTPUT, "-");

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.location().file()).isEqualTo("<stdin>");
            assertThat(f.location().line()).isGreaterThanOrEqualTo(8);
            assertThat(f.related()).anySatisfy(r -> {
                assertThat(r.message()).isEqualTo("rendered from web/templates/service.yaml");
                assertThat(r.location().line()).isEqualTo(8);
            });
        });
    }

    @Test
    void aKustomizationThatPatchesIsReportedOnceWithTheCommandThatRendersIt() {
        LintResult result = run(null, "src/test/resources/inputs/kustomize");

        // base/ only lists service.yaml, which is linted as it is; overlay/ renames and patches it
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("unrendered-kustomization");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().file()).endsWith("kustomize/overlay/kustomization.yaml");
            assertThat(f.message()).contains("kustomize build src/test/resources/inputs/kustomize/overlay | netlint -");
        });
        assertThat(result.skipped()).isEmpty();
        assertThat(result.filesLinted()).isEqualTo(1); // service.yaml; the kustomizations are not linted as manifests
    }

    private static LintResult chart(InputOptions helm) {
        return new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of("src/test/resources/inputs/helm"),
                null, LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES).withInputs(helm));
    }

    @Test
    void aChartIsRenderedByHelmAndAFindingOnAValueFromValuesYamlPointsAtThatKey() {
        LintResult result = chart(InputOptions.NONE);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NET001");
            assertThat(f.location()).isEqualTo(new Location("src/test/resources/inputs/helm/web/values.yaml", 2, 9, 2, 17));
            assertThat(f.related()).contains(new RelatedLocation(
                    new Location("src/test/resources/inputs/helm/web/templates/service.yaml", 6, 9, 6, 35),
                    "rendered by templates/service.yaml:6:9 from .Values.service.type"));
        });
    }

    @Test
    void helmSetChangesTheRenderedChart() {
        LintResult result = chart(new InputOptions(List.of(), List.of(), List.of(), List.of("service.type=ClusterIP")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesLinted()).isEqualTo(1);
    }

    @Test
    void aChartHelmCannotRenderIsReportedWithHelmsMessageAtItsPlaceAndTheRunGoesOn() {
        LintResult result = run(null, "src/test/resources/inputs/helm-broken");

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("parse-error")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().file()).isEqualTo("src/test/resources/inputs/helm-broken/web/templates/svc.yaml");
                    assertThat(f.location().line()).isEqualTo(4);
                    assertThat(f.message()).contains("Helm could not render", "nosuchfunc");
                });
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("NET001"));
    }
}
