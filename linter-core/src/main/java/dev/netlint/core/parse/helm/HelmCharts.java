package dev.netlint.core.parse.helm;

import com.marcnuri.helm.jni.NativeLibrary;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Helm chart with Helm's own template engine (helm-java embeds Helm as a native library), inside walls:
 * <ul>
 * <li>Helm reads only a private copy of the chart's regular files that netlint made ({@link ChartCopy}): no symbolic
 * link, nothing over the size limits;</li>
 * <li>it renders client-only: {@code lookup} gives an empty map, and the worker's environment holds no kubeconfig but
 * netlint's own, whose server address has a scheme no HTTP client dials, an empty home folder and no proxy, so no
 * cluster can be reached whatever a template does;</li>
 * <li>each chart is rendered by a separate Java process ({@link HelmRenderWorker}, same Java and classes) with a
 * CPU-time limit and a data-size limit (Linux, through {@code sh}'s {@code ulimit}), a Java heap limit and a cap on
 * the output read from it, so a chart that loops, recurses or fills memory ends that process and becomes one
 * finding, and every other file is still linted.</li>
 * </ul>
 * The limits count CPU time and memory, not elapsed time, so they do not depend on the machine's load. A wall-clock
 * backstop of {@link Limits#backstopSeconds()} exists only for a worker that waits without using CPU (which no chart
 * should make it do); it is far above any CPU limit, so a loaded machine never reaches it before the CPU limit.
 * Only this package touches helm-java, and only when a run holds a {@code Chart.yaml}.
 */
public final class HelmCharts {

    /** One rendered document: the template it came from ({@code web/templates/service.yaml}) and its text. */
    public record Document(String template, String text) {}

    /**
     * Rendered documents, or why there are none ({@code error}); {@code skipped}: files of the chart that were not
     * regular files (symbolic links...), {@code refused}: files not read because of a size limit.
     */
    public record Rendered(List<Document> documents, String error, List<String> skipped,
                           List<ChartCopy.Refused> refused) {

        public Rendered(List<Document> documents, String error) {
            this(documents, error, List.of(), List.of());
        }
    }

    /**
     * Limits of one chart's rendering. {@code cpuSeconds}: CPU time of the worker; {@code dataBytes}: its data size
     * (Java and Go heaps together); {@code heapBytes}: its Java heap; {@code outputBytes}: Helm's output;
     * {@code maxFileBytes}: one file of the chart and the expanded size of a subchart archive; {@code chartBytes}: all
     * the chart's files; {@code backstopSeconds}: elapsed time, a safety net only (see the class comment).
     */
    public record Limits(int cpuSeconds, long dataBytes, long heapBytes, long outputBytes, long maxFileBytes,
                         long chartBytes, int backstopSeconds) {

        /** The limits of a run whose files may have {@code maxFileBytes}. */
        public static Limits of(long maxFileBytes) {
            return new Limits(30, 768L << 20, 256L << 20, 64L << 20, maxFileBytes,
                    Math.max(64L << 20, maxFileBytes * 4), 600);
        }
    }

    private static final Pattern MISSING_DEPENDENCIES =
            Pattern.compile("found in Chart\\.yaml, but missing in charts/ directory: ([^\\n]+)");

    /** The process environment a worker starts from; tests give a hostile one. */
    static Supplier<Map<String, String>> environment = System::getenv;

    /** Workers running now: stopped (SIGKILL; Helm's Go runtime ignores SIGTERM) if this JVM is shut down. */
    private static final Set<Process> WORKERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Path runFolder;
    private static Path library;

    private HelmCharts() {
    }

    /** Renders {@code chart} with the limits for files of {@code maxFileBytes}. */
    public static Rendered render(Path chart, List<Path> valuesFiles, Map<String, String> sets, long maxFileBytes) {
        return render(chart, valuesFiles, sets, Limits.of(maxFileBytes));
    }

    public static Rendered render(Path chart, List<Path> valuesFiles, Map<String, String> sets, Limits limits) {
        Path work = null;
        try {
            work = Files.createTempDirectory(runFolder(), "chart-");
            Path copy = work.resolve("chart");
            Files.createDirectory(copy);
            ChartCopy.Result vetted = ChartCopy.copy(chart, copy, limits.maxFileBytes(), limits.chartBytes());
            Rendered rendered = inWorker(work, copy, valuesFiles, sets, limits);
            String error = rendered.error() == null ? null // Helm names the copy; the user knows the chart
                    : rendered.error().replace(copy.toString(), chart.toAbsolutePath().normalize().toString());
            return new Rendered(rendered.documents(), error, vetted.skipped(), vetted.refused());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Rendered(List.of(), "netlint could not prepare the chart for Helm: " + e.getMessage());
        } finally {
            ChartCopy.delete(work);
        }
    }

    /** The dependencies Helm says are missing from {@code charts/} (never built), or null for another error. */
    public static String missingDependencies(String error) {
        Matcher missing = error == null ? null : MISSING_DEPENDENCIES.matcher(error);
        return missing != null && missing.find() ? missing.group(1).strip() : null;
    }

    private static Rendered inWorker(Path work, Path copy, List<Path> valuesFiles, Map<String, String> sets,
                                     Limits limits) throws IOException {
        Path home = Files.createDirectory(work.resolve("home"));
        Path tmp = Files.createDirectory(work.resolve("tmp"));
        Path kubeconfig = work.resolve("kubeconfig");
        Files.writeString(kubeconfig, NO_CLUSTER);
        ProcessBuilder builder = new ProcessBuilder(command(tmp, limits)).directory(work.toFile());
        Map<String, String> env = builder.environment();
        Map<String, String> inherited = environment.get();
        env.clear();
        for (Map.Entry<String, String> variable : inherited.entrySet()) {
            String name = variable.getKey();
            if (name.equals("LANG") || name.startsWith("LC_") || name.equals("PATH") || name.equals("SYSTEMROOT")) {
                env.put(name, variable.getValue()); // file name encoding; what Windows needs to start a process
            }
        }
        env.put("HOME", home.toString());
        env.put("USERPROFILE", home.toString());
        env.put("KUBECONFIG", kubeconfig.toString());
        env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
        env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
        env.put("HELM_DATA_HOME", home.resolve("data").toString());
        env.put("HELM_NAMESPACE", "default");
        env.put("TMPDIR", tmp.toString());
        env.put("MALLOC_ARENA_MAX", "2"); // glibc's per-thread arenas would count against the data limit
        Process process = builder.start();
        WORKERS.add(process);
        try {
            return fromWorker(process, copy, valuesFiles, sets, limits);
        } finally {
            process.destroyForcibly();
            WORKERS.remove(process);
        }
    }

    private static Rendered fromWorker(Process process, Path copy, List<Path> valuesFiles, Map<String, String> sets,
                                       Limits limits) throws IOException {
        AtomicBoolean backstopHit = new AtomicBoolean();
        CompletableFuture.delayedExecutor(limits.backstopSeconds(), TimeUnit.SECONDS).execute(() -> {
            if (process.isAlive()) {
                backstopHit.set(true);
                process.destroyForcibly();
            }
        });
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread stderr = new Thread(() -> keepHead(process.getErrorStream(), errors, 16 * 1024), "netlint-helm-stderr");
        stderr.setDaemon(true);
        stderr.start();
        HelmRenderWorker.Reply reply = null;
        boolean tooLarge = false;
        try (var requests = process.getOutputStream()) {
            List<String> values = valuesFiles.stream().map(p -> p.toAbsolutePath().toString()).toList();
            new HelmRenderWorker.Request(copy.toString(), nativeLibrary().toString(), values,
                    new LinkedHashMap<>(sets)).write(requests);
        } catch (IOException e) {
            // the worker stopped before reading its request; its exit says why
        }
        try (DataInputStream replies = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            byte[] magic = replies.readNBytes(HelmRenderWorker.MAGIC.length);
            if (java.util.Arrays.equals(magic, HelmRenderWorker.MAGIC)) {
                boolean ok = replies.readBoolean();
                int length = replies.readInt();
                if (length < 0 || length > limits.outputBytes()) {
                    tooLarge = true;
                    process.destroyForcibly();
                } else {
                    byte[] text = replies.readNBytes(length);
                    if (text.length == length) {
                        reply = new HelmRenderWorker.Reply(ok, new String(text, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // no complete reply: the exit says why
        }
        int exit;
        try {
            exit = process.waitFor();
            stderr.join(5_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Rendered(List.of(), "rendering was interrupted");
        }
        if (tooLarge) {
            return new Rendered(List.of(), "Helm's output for this chart is over " + mib(limits.outputBytes())
                    + " MiB; the chart was not linted");
        }
        if (reply != null) {
            return reply.ok() ? new Rendered(split(reply.text()), null) : new Rendered(List.of(), reply.text());
        }
        return new Rendered(List.of(), whyStopped(exit, errors.toString(StandardCharsets.UTF_8), backstopHit.get(),
                limits));
    }

    /**
     * How the Go runtime and the JVM say that an allocation failed. Under the data-size limit a thread stack is an
     * allocation like any other, so a worker may die failing to start a thread (errno 12, ENOMEM) rather than to grow
     * its heap (Go's cgo then aborts with "pthread_create failed", exit 134); which one comes first varies between runs,
     * and both are the memory limit.
     */
    private static final List<String> MEMORY_EXHAUSTED = List.of("out of memory", "cannot allocate memory",
            "outofmemoryerror", "failed to reserve", "commit_memory", "insufficient memory", "errno=12",
            "failed to create new os thread", "newosproc", "unable to create native thread",
            "pthread_create failed");

    /** Why a worker gave no reply, in words that do not vary between runs. */
    static String whyStopped(int exit, String stderr, boolean backstop, Limits limits) {
        String lower = stderr.toLowerCase(Locale.ROOT);
        if (backstop) {
            return "Helm did not finish rendering this chart within " + limits.backstopSeconds() + " seconds and was"
                    + " stopped; the chart was not linted";
        }
        if (exit == 128 + 24 || exit == 128 + 9 || lower.contains("cpu time limit")) {
            return "Helm used more than its " + limits.cpuSeconds() + " seconds of CPU time rendering this chart (a"
                    + " template that loops or recurses without end?) and was stopped; the chart was not linted";
        }
        if (lower.contains("stack exceeds") || lower.contains("stack overflow")) {
            return "Helm's template stack overflowed rendering this chart (a template or tpl that calls itself without"
                    + " end?); the chart was not linted";
        }
        if (MEMORY_EXHAUSTED.stream().anyMatch(lower::contains)) {
            return "Helm used more than its " + mib(limits.dataBytes()) + " MiB of memory rendering this chart (a"
                    + " template that loops, recurses or builds huge values?) and was stopped; the chart was not linted";
        }
        String first = stderr.lines().filter(l -> !l.isBlank() && !l.contains("Starlark")).findFirst().orElse("")
                .replaceAll("0x[0-9a-f]+", "0x…").strip();
        return "Helm's renderer stopped without rendering this chart (exit status " + exit + ")"
                + (first.isEmpty() ? "" : ": " + first) + "; the chart was not linted";
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }

    private static void keepHead(InputStream in, ByteArrayOutputStream head, int max) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                int keep = Math.min(n, max - head.size());
                if (keep > 0) {
                    synchronized (head) {
                        head.write(buffer, 0, keep);
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    /**
     * The worker's command: on systems with {@code /bin/sh}, through it to set the CPU-time and data-size limits
     * ({@code ulimit -t}, {@code ulimit -d}; a lower limit already in place is kept), then the same Java with a heap
     * limit and the classes this one has.
     */
    private static List<String> command(Path tmp, Limits limits) {
        List<String> java = new ArrayList<>(List.of(javaBinary(),
                "-Xmx" + mib(limits.heapBytes()) + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=32m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmp, "-Djna.tmpdir=" + tmp, "-Djna.nosys=true",
                "-cp", classPath(), HelmRenderWorker.class.getName()));
        if (!new File("/bin/sh").canExecute()) {
            return java; // Windows: heap and output limits only
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -t " + limits.cpuSeconds()
                + " 2>/dev/null; ulimit -d " + (limits.dataBytes() >> 10) + " 2>/dev/null; exec \"$0\" \"$@\""));
        command.addAll(java);
        return command;
    }

    private static String javaBinary() {
        Path java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString()
                : ProcessHandle.current().info().command().orElse("java");
    }

    /** Where this worker's classes are: netlint's, helm-java's and JNA's jars (or class folders). */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        ClassLoader loader = HelmCharts.class.getClassLoader();
        for (String resource : List.of(HelmRenderWorker.class.getName().replace('.', '/') + ".class",
                "com/marcnuri/helm/TemplateCommand.class", "com/marcnuri/helm/jni/HelmLib.class",
                "com/sun/jna/Native.class")) {
            URL url = loader.getResource(resource);
            if (url == null) {
                throw new IllegalStateException("cannot find " + resource + " to start Helm's worker");
            }
            entries.add(location(url, resource));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(URL url, String resource) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                return Path.of(new java.net.URI(text.substring(4, text.indexOf("!/")))).toString();
            }
            String folder = text.substring(0, text.length() - resource.length());
            return Path.of(new java.net.URI(folder)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate " + url + " to start Helm's worker");
        }
    }

    /** A folder for this run's charts, removed when the run's JVM exits. */
    private static synchronized Path runFolder() throws IOException {
        if (runFolder == null) {
            Path folder = Files.createTempDirectory("netlint-helm-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                WORKERS.forEach(Process::destroyForcibly);
                ChartCopy.delete(folder);
            }));
            runFolder = folder;
        }
        return runFolder;
    }

    /**
     * Helm's native library for this platform, written once per run into the run's folder (the worker loads it from
     * there rather than writing its own copy of the ~90 MB file for every chart).
     */
    private static synchronized Path nativeLibrary() throws IOException {
        if (library == null) {
            NativeLibrary platform = null;
            for (NativeLibrary candidate : ServiceLoader.load(NativeLibrary.class, HelmCharts.class.getClassLoader())) {
                platform = candidate;
                break;
            }
            if (platform == null) {
                throw new IllegalStateException("Helm's native library is not available for " 
                        + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
            }
            Path target = runFolder().resolve(platform.getBinaryName());
            try (InputStream in = platform.getClass().getResourceAsStream("/" + platform.getBinaryName())) {
                if (in == null) {
                    throw new IllegalStateException("Helm's native library " + platform.getBinaryName()
                            + " is missing from its jar");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            library = target;
        }
        return library;
    }

    /**
     * The only kubeconfig a worker sees: a cluster whose server address has a scheme no HTTP client dials, so that
     * even a {@code lookup} netlint could not rewrite (in text given to {@code tpl}) fails without any connection.
     */
    private static final String NO_CLUSTER = """
            apiVersion: v1
            kind: Config
            clusters: [{name: none, cluster: {server: "netlint-no-cluster://none.invalid"}}]
            users: [{name: none, user: {}}]
            contexts: [{name: none, context: {cluster: none, user: none, namespace: default}}]
            current-context: none
            """;

    /** Splits {@code helm template} output at its {@code # Source:} comments. */
    static List<Document> split(String output) {
        List<Document> documents = new ArrayList<>();
        String template = null;
        StringBuilder text = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("# Source: ")) {
                if (template != null) {
                    documents.add(new Document(template, stripSeparator(text.toString())));
                }
                template = line.substring("# Source: ".length()).strip();
                text.setLength(0);
            } else if (template != null) {
                text.append(line).append('\n');
            }
        }
        if (template != null) {
            documents.add(new Document(template, stripSeparator(text.toString())));
        }
        return documents;
    }

    private static String stripSeparator(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.endsWith("\n---") ? trimmed.substring(0, trimmed.length() - 4) + "\n"
                : trimmed.equals("---") ? "" : trimmed + "\n";
    }
}
