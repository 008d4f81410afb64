package dev.netlint.core.parse.helm;

import static dev.netlint.core.lang.syntax.RuleDefinitions.services;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.InputFindings;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.RuleCheck;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart is untrusted input: Helm gets only the chart's own regular files, renders without any cluster, and runs in
 * a worker process whose CPU time, memory and output are limited, so that a hostile chart is one finding and the rest
 * of the run is linted. Each case is one chart built in a temporary folder.
 */
class HelmChartWallsTest {

    @TempDir
    Path dir;

    /** NET901: NodePort Services are reported at their type value (shows which files were linted). */
    private static final RuleDefinition NODE_PORTS = new RuleDefinition("NET901", "test-no-node-ports", Severity.ERROR,
            "Summary.", "Rationale.", "EKS-NETWORKING.md:1", "Fix it.", "https://example.com/",
            List.of(new RuleCheck(Severity.ERROR, services().that().haveType("NodePort").should()
                    .notBeExposedThroughNodePorts())));

    private static final String NODE_PORT_SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: %s
            spec:
              type: NodePort
              ports:
                - port: 80
            """;

    private static final String CANARY = "CANARY-7f3a9c-outside-the-chart";

    @AfterEach
    void restoreEnvironment() {
        HelmCharts.environment = System::getenv;
    }

    private void chart(String name) {
        write(name + "/Chart.yaml", "apiVersion: v2\nname: " + name.substring(name.lastIndexOf('/') + 1)
                + "\nversion: 0.1.0\n");
    }

    private Path write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void link(String relative, String target) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.createSymbolicLink(path, dir.resolve(target));
    }

    private LintResult lint(long maxFileBytes, String... paths) {
        return new LintEngine(new RuleRegistry(List.of(NODE_PORTS))).run(new LintRequest(
                java.util.Arrays.stream(paths).map(p -> dir.resolve(p).toString()).toList(), null,
                LintSettings.DEFAULTS, List.of(), 1, maxFileBytes));
    }

    private LintResult lint(String... paths) {
        return lint(LintRequest.DEFAULT_MAX_FILE_BYTES, paths);
    }

    private String display(String relative) {
        return dir.toString().replace('\\', '/') + "/" + relative;
    }

    private static String everything(LintResult result) {
        StringBuilder text = new StringBuilder();
        for (Finding f : result.findings()) {
            text.append(f.message()).append(f.location()).append(f.related()).append(f.resource()).append('\n');
        }
        return text.toString();
    }

    private static String rendered(HelmCharts.Rendered rendered) {
        StringBuilder text = new StringBuilder(String.valueOf(rendered.error()));
        rendered.documents().forEach(d -> text.append(d.template()).append(d.text()));
        return text.toString();
    }

    @Test
    void aWorkerThatCannotStartAThreadUnderTheDataLimitHitItsMemoryLimit() {
        HelmCharts.Limits limits = HelmCharts.Limits.of(1 << 20);
        String memory = "Helm used more than its 768 MiB of memory rendering this chart (a template that loops, "
                + "recurses or builds huge values?) and was stopped; the chart was not linted";
        for (String stderr : List.of(
                "runtime: failed to create new OS thread (have 7 already; errno=12)\nfatal error: newosproc",
                "fatal error: runtime: out of memory",
                "runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort",
                "[0.1s][warning][os,thread] Failed to start thread - pthread_create failed (EAGAIN)\n"
                        + "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory",
                "# There is insufficient memory for the Java Runtime Environment to continue.")) {
            assertThat(HelmCharts.whyStopped(2, stderr, false, limits)).as(stderr).isEqualTo(memory);
        }
    }

    @Test
    void symbolicLinksInAChartAreSkippedWithOneNoteAndNothingOutsideTheChartReachesHelm() throws IOException {
        write("outside/secret.txt", CANARY + "\n");
        write("outside/service.yaml", NODE_PORT_SERVICE.formatted("linked-file"));
        write("outside/folder/service.yaml", NODE_PORT_SERVICE.formatted("linked-folder"));
        chart("web");
        write("web/templates/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: files
                data:
                  secret: {{ .Files.Get "files/secret.txt" | quote }}
                  folder: {{ .Files.Get "linked/secret.txt" | quote }}
                  glob: {{ range $path, $_ := .Files.Glob "**" }}{{ $.Files.Get $path | quote }}{{ end }}
                """);
        link("web/files/secret.txt", "outside/secret.txt");
        link("web/linked", "outside");
        link("web/templates/service.yaml", "outside/service.yaml");
        link("web/templates/more", "outside/folder");

        HelmCharts.Rendered rendered = HelmCharts.render(dir.resolve("web"), List.of(), Map.of(),
                LintRequest.DEFAULT_MAX_FILE_BYTES);
        LintResult result = lint("web");

        assertThat(rendered(rendered)).doesNotContain(CANARY, "linked-file", "linked-folder");
        assertThat(rendered.documents()).extracting(HelmCharts.Document::template)
                .containsExactly("web/templates/config.yaml");
        assertThat(everything(result)).doesNotContain(CANARY);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputFindings.HELM_FILES_SKIPPED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().file()).isEqualTo(display("web/Chart.yaml"));
            assertThat(f.message()).contains("4 files", display("web/files/secret.txt"), display("web/linked"),
                    display("web/templates/more"), display("web/templates/service.yaml"));
        });
    }

    @Test
    void aChartWhoseChartYamlIsALinkIsNotRenderedAndHelmsMessageNamesTheChartNotNetlintsCopy() throws IOException {
        write("elsewhere/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write("web/templates/service.yaml", NODE_PORT_SERVICE.formatted("web"));
        link("web/Chart.yaml", "elsewhere/Chart.yaml");

        HelmCharts.Rendered rendered = HelmCharts.render(dir.resolve("web"), List.of(), Map.of(),
                LintRequest.DEFAULT_MAX_FILE_BYTES);

        assertThat(rendered.skipped()).containsExactly("Chart.yaml");
        assertThat(rendered.documents()).isEmpty();
        assertThat(rendered.error()).contains("Chart.yaml").doesNotContain("netlint-helm-");
    }

    @Test
    void aChartFileOverTheSizeLimitIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        chart("web");
        write("web/templates/service.yaml", NODE_PORT_SERVICE.formatted("web"));
        Path big = dir.resolve("web/files/big.bin");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(3L << 30); // 3 GB, no block written: reading it would take seconds and gigabytes
        }

        long start = System.nanoTime();
        LintResult result = lint("web");

        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L); // reading 3 GB is what this rules out
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(InputFindings.PARSE_ERROR)).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().file()).isEqualTo(display("web/files/big.bin"));
                    assertThat(f.message()).isEqualTo("file is 3221225472 bytes, over the 10485760-byte limit"
                            + " (--max-file-size); not read");
                });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET901")).hasSize(1);
    }

    @Test
    void aSubchartArchiveIsRefusedByItsExpandedSizeCountedWhileStreaming() throws IOException {
        chart("web");
        write("web/templates/service.yaml", NODE_PORT_SERVICE.formatted("web"));
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(archive)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 16; i++) {
                gzip.write(zeros); // 16 MiB of zeros: a few kilobytes compressed
            }
        }
        Files.createDirectories(dir.resolve("web/charts"));
        Files.write(dir.resolve("web/charts/bomb-0.1.0.tgz"), archive.toByteArray());

        LintResult result = lint(1 << 20, "web");

        assertThat(archive.size()).isLessThan(1 << 20);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(InputFindings.PARSE_ERROR)).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().file()).isEqualTo(display("web/charts/bomb-0.1.0.tgz"));
                    assertThat(f.message()).isEqualTo("subchart archive expands to more than 1048576 bytes"
                            + " (--max-file-size); not read");
                });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET901")).hasSize(1);
    }

    @Test
    void lookupGivesAnEmptyMapAndNoKubeconfigOrClusterOfTheUserIsEverContacted() throws Exception {
        try (ServerSocket cluster = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = listen(cluster, connections);
            String server = "http://127.0.0.1:" + cluster.getLocalPort();
            String kubeconfig = """
                    apiVersion: v1
                    kind: Config
                    clusters: [{name: c, cluster: {server: "%s"}}]
                    users: [{name: u, user: {token: the-users-token}}]
                    contexts: [{name: c, context: {cluster: c, user: u}}]
                    current-context: c
                    """.formatted(server);
            Path config = write("home/.kube/config", kubeconfig);
            Map<String, String> hostile = new HashMap<>(System.getenv());
            hostile.put("HOME", dir.resolve("home").toString());
            hostile.put("KUBECONFIG", config.toString());
            hostile.put("KUBERNETES_SERVICE_HOST", "127.0.0.1");
            hostile.put("KUBERNETES_SERVICE_PORT", String.valueOf(cluster.getLocalPort()));
            hostile.put("HELM_KUBEAPISERVER", server);
            hostile.put("HTTP_PROXY", server);
            hostile.put("HTTPS_PROXY", server);
            HelmCharts.environment = () -> hostile;
            chart("web");
            write("web/templates/config.yaml", """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: found
                    data:
                      secret: {{ (lookup "v1" "Secret" "default" "db") | toJson | quote }}
                      {{- /* lookup "v1" "Secret" "" "" in a comment */}}
                      text: {{ "lookup stays in a string" | quote }}
                    """);
            chart("dynamic");
            write("dynamic/templates/config.yaml", """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: dynamic
                    data:
                      secret: {{ tpl (printf "{{ %s \\"v1\\" \\"Secret\\" \\"default\\" \\"db\\" }}" "lookup") . | quote }}
                    """);

            HelmCharts.Rendered web = HelmCharts.render(dir.resolve("web"), List.of(), Map.of(),
                    LintRequest.DEFAULT_MAX_FILE_BYTES);
            HelmCharts.Rendered dynamic = HelmCharts.render(dir.resolve("dynamic"), List.of(), Map.of(),
                    LintRequest.DEFAULT_MAX_FILE_BYTES);

            assertThat(web.error()).isNull();
            assertThat(web.documents()).singleElement().satisfies(d -> assertThat(d.text())
                    .contains("secret: \"{}\"", "text: \"lookup stays in a string\""));
            // lookup built at render time cannot be rewritten: it fails, without a connection, as a render error
            assertThat(dynamic.error()).contains("error calling lookup", "netlint-no-cluster");
            cluster.close();
            listener.join(5_000);
            assertThat(connections.get()).isZero();
        }
    }

    private static Thread listen(ServerSocket cluster, AtomicInteger connections) {
        Thread thread = new Thread(() -> {
            while (!cluster.isClosed()) {
                try (Socket socket = cluster.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void aTemplateThatCallsItselfThroughTplIsOneParseErrorAndEveryOtherFileIsLinted() {
        chart("charts/loop");
        write("charts/loop/values.yaml", "again: \"{{ tpl .Values.again . }}\"\n");
        write("charts/loop/templates/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: loop
                data:
                  a: {{ tpl .Values.again . | quote }}
                """);
        write("service.yaml", NODE_PORT_SERVICE.formatted("outside-the-chart"));

        LintResult result = lint("");

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                InputFindings.PARSE_ERROR, "NET901");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(InputFindings.PARSE_ERROR)).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().file()).isEqualTo(display("charts/loop/Chart.yaml"));
                    assertThat(f.message()).isEqualTo("Helm could not render this chart: Helm used more than its 768"
                            + " MiB of memory rendering this chart (a template that loops, recurses or builds huge"
                            + " values?) and was stopped; the chart was not linted");
                });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET901")).singleElement()
                .satisfies(f -> assertThat(f.location().file()).isEqualTo(display("service.yaml")));
    }

    @Test
    void aChartWithNoTemplatesRendersAsEmpty() {
        chart("empty");
        write("empty/values.yaml", "replicas: 1\n");

        LintResult result = lint("empty");

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aChartWhoseDependenciesWereNeverBuiltIsANoteSayingHowToBuildThem() {
        chart("app");
        write("app/Chart.yaml", """
                apiVersion: v2
                name: app
                version: 0.1.0
                dependencies:
                  - name: redis
                    version: 1.0.0
                    repository: https://charts.example.com
                """);
        write("app/templates/service.yaml", NODE_PORT_SERVICE.formatted("app"));

        LintResult result = lint("app");

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputFindings.HELM_DEPENDENCIES_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().file()).isEqualTo(display("app/Chart.yaml"));
            assertThat(f.message()).contains("redis");
            assertThat(f.hint()).contains("helm dependency build " + display("app")).doesNotContain("Fix the syntax");
        });
    }

    @Test
    void aChartThatLoopsWithoutEndIsStoppedByItsLimitsNotByTheClock() {
        chart("spin");
        write("spin/templates/config.yaml", """
                {{- range $i := until 100000000 }}{{ end }}
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: spin
                """);

        HelmCharts.Rendered rendered = HelmCharts.render(dir.resolve("spin"), List.of(), Map.of(),
                new HelmCharts.Limits(30, 512L << 20, 128L << 20, 1L << 20, 1L << 20, 64L << 20, 600));

        assertThat(rendered.documents()).isEmpty();
        assertThat(rendered.error()).startsWith("Helm used more than its 512 MiB of memory rendering this chart");
    }

    @Test
    void outputOverItsCapIsNotRead() {
        chart("wide");
        write("wide/templates/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: wide
                data:
                {{- range $i := until 50000 }}
                  key{{ $i }}: "{{ repeat 40 "x" }}"
                {{- end }}
                """);

        HelmCharts.Rendered rendered = HelmCharts.render(dir.resolve("wide"), List.of(), Map.of(),
                new HelmCharts.Limits(30, 768L << 20, 256L << 20, 1L << 20, 1L << 20, 64L << 20, 600));

        assertThat(rendered.documents()).isEmpty();
        assertThat(rendered.error()).isEqualTo("Helm's output for this chart is over 1 MiB; the chart was not linted");
    }

    @Test
    void lookupIsRewrittenOnlyWhereItIsCalledInAnAction() {
        String template = "lookup: {{ lookup \"v1\" \"Secret\" \"\" \"x\" }} {{ (lookup \"a\" \"b\" \"c\" \"d\").data }}"
                + " {{ \"lookup\" }} {{/* lookup */}} {{ .Values.lookup }} {{ $lookup := 1 }} {{ lookupX }} `lookup`";

        String rewritten = new String(ChartCopy.withoutLookup(template.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertThat(rewritten).isEqualTo("lookup: {{ omit dict \"v1\" \"Secret\" \"\" \"x\" }} {{ (omit dict \"a\" \"b\""
                + " \"c\" \"d\").data }} {{ \"lookup\" }} {{/* lookup */}} {{ .Values.lookup }} {{ $lookup := 1 }}"
                + " {{ lookupX }} `lookup`");
    }
}
