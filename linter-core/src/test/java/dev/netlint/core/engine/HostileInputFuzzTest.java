package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of every loader through the engine's real path ({@link WorkspaceLoader} on a file on disk, so
 * {@link SourceReader} runs too): generated Kubernetes YAML and JSON and Terraform, mutated the ways hostile or broken
 * files are (truncated, random bytes, odd Unicode, unbalanced brackets and quotes, wrong indentation, huge numbers,
 * very long lines, repeated {@code ${} and {@code {{}).
 *
 * <p>Each file must give a model, a skipped entry, or findings of the input kinds only ({@code parse-error},
 * {@code unrendered-template}, {@code limit-exceeded}, or the notes {@code module-not-expanded} and
 * {@code unrendered-kustomization}) located inside the file, and within 2 s + 50 ms per KB. The time bound is a hang guard
 * enforced preemptively, not a benchmark. Tries per property: {@code -Dnetlint.fuzz.tries} (200 by default; see
 * docs/fuzzing.md for the long campaign).
 */
class HostileInputFuzzTest {

    private static final Set<String> INPUT_RULES = Set.of(InputFindings.PARSE_ERROR, InputFindings.UNRENDERED_TEMPLATE,
            InputFindings.MODULE_NOT_EXPANDED, InputFindings.UNRENDERED_KUSTOMIZATION, InputFindings.LIMIT_EXCEEDED);

    private static Path dir;
    private static ExecutorService worker;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("netlint-fuzz");
        worker = newWorker();
        // Class loading and the first compilations are not the loaders' time: pay them before the clock runs.
        for (int i = 0; i < 3; i++) {
            warmUp("warm.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {type: NodePort}\n");
            warmUp("warm.json", "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \"a\"}}");
            warmUp("warm.tf", "resource \"aws_security_group\" \"a\" {\n  name = \"${var.x}\"\n  ingress {\n    from_port = 1\n  }\n}\n");
            warmUp("warm.tf.json", "{\"resource\": {\"aws_vpc\": {\"a\": {\"cidr_block\": \"10.0.0.0/16\"}}}}");
        }
    }

    private static void warmUp(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES, ScanScope.of(dir), 1)
                .load(List.of(new SourceFile(file, name, SourceFormat.forFileName(name))), null);
        Files.delete(file);
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        worker.shutdownNow();
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            // The engine parses on threads with this stack size; a hang leaves a daemon thread behind, never the JVM.
            Thread thread = new Thread(null, runnable, "netlint-fuzz", 16L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
    }

    // ---------------------------------------------------------------- properties

    @Property
    void kubernetesYamlGivesAModelOrAnInputFinding(@ForAll("kubernetesYaml") String yaml,
                                                   @ForAll("mutations") List<Mutation> mutations,
                                                   @ForAll("byteMutations") List<ByteMutation> byteMutations) {
        check("manifest.yaml", Mutation.applyAll(yaml, mutations), byteMutations);
    }

    @Property
    void kubernetesJsonGivesAModelOrAnInputFinding(@ForAll("kubernetesJson") String json,
                                                   @ForAll("mutations") List<Mutation> mutations,
                                                   @ForAll("byteMutations") List<ByteMutation> byteMutations) {
        check("manifest.json", Mutation.applyAll(json, mutations), byteMutations);
    }

    @Property
    void terraformGivesAModelOrAnInputFinding(@ForAll("terraform") String terraform,
                                              @ForAll("mutations") List<Mutation> mutations,
                                              @ForAll("byteMutations") List<ByteMutation> byteMutations) {
        check("main.tf", Mutation.applyAll(terraform, mutations), byteMutations);
    }

    @Property
    void terraformJsonAndTfvarsGiveAModelOrAnInputFinding(@ForAll("terraformJsonOrTfvars") Named file,
                                                          @ForAll("mutations") List<Mutation> mutations) {
        check(file.name(), Mutation.applyAll(file.text(), mutations), List.of());
    }

    /** Any text at all, not derived from a valid file: what a renamed binary or a random paste looks like. */
    @Property
    void arbitraryTextGivesAModelOrAnInputFinding(@ForAll("fileNames") String name, @ForAll("noise") String text) {
        check(name, text, List.of());
    }

    // ---------------------------------------------------------------- the check

    private static void check(String name, String text, List<ByteMutation> byteMutations) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (ByteMutation mutation : byteMutations) {
            bytes = mutation.apply(bytes);
        }
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceFile source = new SourceFile(file, name, SourceFormat.forFileName(name));
        // A generous bound for a hang: loading has no deadline of its own, parsing is linear in the file size.
        long budgetMillis = 2000 + 50L * (bytes.length / 1024 + 1);
        Future<WorkspaceLoader.Loaded> run = worker.submit(() ->
                new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES, ScanScope.of(dir), 1).load(List.of(source), null));
        WorkspaceLoader.Loaded loaded;
        try {
            loaded = run.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is a daemon; later tries get a fresh one
            throw new AssertionError(name + " (" + bytes.length + " bytes) was not loaded within " + budgetMillis + " ms");
        } catch (ExecutionException e) {
            throw new AssertionError(name + " made the loader throw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }

        int lines = lineCount(new String(bytes, StandardCharsets.UTF_8));
        if (loaded.filesLinted() + loaded.skipped().size() != 1 && loaded.inputFindings().isEmpty()) {
            fail(name + " was neither linted nor skipped nor reported: " + loaded);
        }
        for (Finding finding : loaded.inputFindings()) {
            assertThat(finding.ruleId()).as("rule of %s", finding).isIn(INPUT_RULES);
            assertThat(finding.location().file()).isEqualTo(name);
            assertThat(finding.location().line()).as("line of %s in %d lines", finding, lines).isBetween(1, lines + 1);
            assertThat(finding.message()).isNotBlank();
        }
        if (!SourceFormat.forFileName(name).isTerraform()) {
            assertThat(loaded.inputFindings()).as("findings of one Kubernetes file").hasSizeLessThanOrEqualTo(1);
        }
    }

    /** Lines by any convention a parser may count (LF, CR, NEL, LS, PS), so the bound holds for all of them. */
    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    // ---------------------------------------------------------------- generators of valid-looking files

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(20);
    }

    /** Annotation and label values: plain words, numbers, booleans, empty, and the odd ones. */
    private static Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                names(),
                Arbitraries.of("\"\"", "true", "\"false\"", "null", "~", "0", "-1", "80", "\"443\"", "1e999999",
                        "99999999999999999999", "0x7fffffffffffffffff", "0o777", ".inf", ".nan", "\"{{ .Values.x }}\"",
                        "\"${var.x}\"", "internet-facing", "ip", "instance", "'a''b'", "|\n    block\n    text",
                        ">-\n    folded", "&anchor x", "*anchor", "!Ref x", "[1, 2]", "{a: 1}"),
                Arbitraries.strings().ofMaxLength(30).map(HostileInputFuzzTest::yamlQuoted));
    }

    private static String yamlQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static final List<String> ANNOTATION_KEYS = List.of(
            "service.beta.kubernetes.io/aws-load-balancer-type",
            "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type",
            "service.beta.kubernetes.io/aws-load-balancer-scheme",
            "service.beta.kubernetes.io/aws-load-balancer-ip-address-type",
            "alb.ingress.kubernetes.io/target-type",
            "alb.ingress.kubernetes.io/scheme",
            "alb.ingress.kubernetes.io/group.name",
            "alb.ingress.kubernetes.io/ip-address-type",
            "kubernetes.io/ingress.class");

    private static Arbitrary<String> annotations() {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(ANNOTATION_KEYS), scalars())
                .as((k, v) -> "    " + k + ": " + v + "\n");
        return entry.list().ofMaxSize(4).map(entries -> entries.isEmpty() ? "" : "  annotations:\n" + String.join("", entries));
    }

    private static Arbitrary<String> service() {
        return Combinators.combine(names(), names(), annotations(),
                        Arbitraries.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName", "\"\"", "[]"),
                        Arbitraries.integers().between(-5, 70000), Arbitraries.of("", "    nodePort: 30080\n", "    nodePort: 8080\n"),
                        Arbitraries.of("", "  ipFamilies: [IPv6]\n", "  loadBalancerClass: service.k8s.aws/nlb\n"))
                .as((name, ns, ann, type, port, nodePort, extra) -> "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name
                        + "\n  namespace: " + ns + "\n" + ann + "spec:\n  type: " + type + "\n" + extra
                        + "  ports:\n  - port: " + port + "\n" + nodePort + "    targetPort: http\n");
    }

    private static Arbitrary<String> ingress() {
        return Combinators.combine(names(), annotations(), names(), Arbitraries.integers().between(0, 70000),
                        Arbitraries.of("alb", "nginx", "\"\""))
                .as((name, ann, backend, port, cls) -> "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: "
                        + name + "\n" + ann + "spec:\n  ingressClassName: " + cls + "\n  rules:\n  - http:\n      paths:\n"
                        + "      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: "
                        + backend + "\n            port: {number: " + port + "}\n");
    }

    private static Arbitrary<String> otherDocument() {
        return Arbitraries.of(
                "apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: alb}\nspec:\n  controller: ingress.k8s.aws/alb\n",
                "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: listed}\n",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: a, ports: [{containerPort: 80}]}]\n",
                "on: push\njobs: {}\n",
                "# only a comment\n",
                "base: &b {a: 1}\nuse: *b\n");
    }

    @Provide
    Arbitrary<String> kubernetesYaml() {
        Arbitrary<String> document = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, service()), net.jqwik.api.Tuple.of(3, ingress()), net.jqwik.api.Tuple.of(1, otherDocument()));
        return Combinators.combine(document.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("\n", "\r\n"),
                        Arbitraries.of("", "\uFEFF"), Arbitraries.of("---\n", "--- \n", "...\n---\n"))
                .as((docs, eol, bom, separator) -> bom + String.join(separator, docs).replace("\n", eol));
    }

    @Provide
    Arbitrary<String> kubernetesJson() {
        Arbitrary<String> json = Combinators.combine(names(), Arbitraries.of("NodePort", "LoadBalancer", "ClusterIP"),
                        Arbitraries.of("80", "-1", "1e999999", "99999999999999999999", "\"http\"", "null", "[]", "{}", "0.5"),
                        Arbitraries.of("", ", \"$ref\": \"/etc/passwd\"", ", \"a\": {\"$ref\": \"#/b\"}", ", \"x\": \"\\ud800\""),
                        scalars().map(HostileInputFuzzTest::jsonString))
                .as((name, type, port, extra, annotation) -> "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \""
                        + name + "\", \"annotations\": {\"alb.ingress.kubernetes.io/scheme\": " + annotation + "}}" + extra
                        + ", \"spec\": {\"type\": \"" + type + "\", \"ports\": [{\"port\": " + port + "}]}}\n");
        return Arbitraries.oneOf(json, json.list().ofMinSize(1).ofMaxSize(3)
                .map(items -> "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [" + String.join(",", items) + "]}"));
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static Arbitrary<String> tfExpression() {
        return Arbitraries.oneOf(
                Arbitraries.of("\"10.0.0.0/16\"", "\"0.0.0.0/0\"", "\"::/0\"", "443", "0", "-1", "65535", "1e999999",
                        "99999999999999999999", "true", "null", "var.cidr", "aws_vpc.main.id", "local.ports[0]",
                        "[\"10.0.1.0/24\", \"10.0.2.0/24\"]", "{ a = 1, \"b\" = \"c\" }", "cidrsubnet(var.cidr, 8, 1)",
                        "\"${var.name}-sg\"", "\"$${literal}\"", "\"%{ if var.x }a%{ endif }\"", "var.x ? 1 : 2",
                        "[for s in var.subnets : s.id if s.public]", "{ for k, v in var.m : k => v }",
                        "file(\"/etc/passwd\")", "templatefile(\"../../secret.tpl\", {})", "base64encode(file(\"x.sh\"))",
                        "data.http.x.response_body", "env(\"HOME\")", "aws_security_group.a[*].id", "-var.a * (2 + 3) % 4",
                        "<<EOF\n#!/bin/bash\nmax-pods=${var.max}\nEOF", "<<-EOT\n    indented ${a}\n    EOT",
                        "\"\\u00e9\\n\\\"q\\\"\"", "\"\\ud800\""),
                Arbitraries.strings().ofMaxLength(20).map(HostileInputFuzzTest::jsonString));
    }

    private static Arbitrary<String> tfAttributes(int indent) {
        String pad = " ".repeat(indent);
        return Combinators.combine(
                        Arbitraries.of("cidr_block", "from_port", "to_port", "protocol", "cidr_blocks", "ipv6_cidr_blocks",
                                "security_group_id", "vpc_id", "name", "type", "user_data", "count", "for_each",
                                "ip_family", "instance_types", "max_pods", "tags"),
                        tfExpression())
                .as((k, v) -> pad + k + " = " + v + "\n")
                .list().ofMaxSize(6).map(lines -> String.join("", lines));
    }

    private static Arbitrary<String> tfResource() {
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("ingress", "egress", "kubernetes_network_config",
                        "vpc_config", "scaling_config", "dynamic \"ingress\"", "lifecycle"), tfAttributes(4))
                .as((block, body) -> "  " + block + " {\n" + body + "  }\n");
        return Combinators.combine(
                        Arbitraries.of("resource \"aws_security_group\"", "resource \"aws_security_group_rule\"",
                                "resource \"aws_vpc_security_group_ingress_rule\"", "resource \"aws_vpc\"",
                                "resource \"aws_subnet\"", "resource \"aws_eks_cluster\"", "resource \"aws_eks_node_group\"",
                                "resource \"aws_launch_template\"", "resource \"aws_eks_addon\"", "data \"http\"",
                                "module", "variable", "locals", "output"),
                        names(), tfAttributes(2), nested.list().ofMaxSize(3))
                .as((type, name, attrs, blocks) -> (type.equals("locals") ? "locals" : type + " \"" + name + "\"")
                        + " {\n" + attrs + String.join("", blocks) + "}\n");
    }

    @Provide
    Arbitrary<String> terraform() {
        return Combinators.combine(tfResource().list().ofMinSize(1).ofMaxSize(5), Arbitraries.of("\n", "\r\n"),
                        Arbitraries.of("", "\uFEFF"), Arbitraries.of("", "# comment\n", "/* block\n comment */\n", "// line\n"))
                .as((resources, eol, bom, comment) -> bom + comment + String.join("\n", resources).replace("\n", eol));
    }

    /** A file name and its text. */
    record Named(String name, String text) {}

    @Provide
    Arbitrary<Named> terraformJsonOrTfvars() {
        Arbitrary<Named> tfJson = Combinators.combine(names(), tfExpression().map(HostileInputFuzzTest::jsonString))
                .as((name, value) -> new Named("main.tf.json", "{\"resource\": {\"aws_security_group\": {\"" + name
                        + "\": {\"name\": " + value + ", \"ingress\": [{\"from_port\": 443, \"cidr_blocks\": [\"${var.c}\"]}]}}},"
                        + " \"variable\": {\"c\": {\"default\": \"10.0.0.0/8\"}}}\n"));
        Arbitrary<Named> tfvars = tfAttributes(0).map(text -> new Named("terraform.tfvars", text));
        return Arbitraries.oneOf(tfJson, tfvars);
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("noise.yaml", "noise.json", "noise.tf", "noise.tf.json", "noise.tfvars");
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> syntax = Arbitraries.strings().withChars("{}[]()\"'`$%<>=:,-#|&*!?\\/ \t\n\r.abc019_@~")
                .ofMaxLength(300);
        return Arbitraries.oneOf(syntax, Arbitraries.strings().ofMaxLength(300), Arbitraries.of(
                "", "\n", "---", "{", "}", "${", "{{", "<<EOF", "<<EOF\n", "\"", "'", "[[[[", "a = {", "a = [", "a: *b",
                "%YAML 1.1\n---\n", "!!binary x", "? a\n: b", "a: !!int 99999999999999999999"));
    }

    // ---------------------------------------------------------------- mutators

    /** Odd Unicode: surrogates, directionality, zero width, line separators, combining marks, emoji, NEL. */
    private static final List<String> ODD_UNICODE = List.of("\uD83D\uDE00", "\u202E", "\u200B", "\u200D", "\uFEFF",
            "\u2028", "\u2029", "\u0085", "\u0301", "\uFFFD", "\uFFFF", "\u0007", "\u001B[31m", "\t", "\r", "\u00A0",
            "\u0000", "\uD800", "\uDFFF", "\u05D0\u05D1");

    private static final List<String> SYNTAX = List.of("{", "}", "[", "]", "(", ")", "\"", "'", "${", "%{", "{{", "}}",
            "<<EOF", "<<-EOF\n", "EOF\n", ":", ": ", "- ", "? ", "&a ", "*a", "!tag ", "|", ">", "#", "/*", "*/", "\\",
            ",", "=", "=>", "...", "---\n", "\t", "1e999999", "99999999999999999999", "-0", "0x", ".inf");

    enum Kind { TRUNCATE, DELETE, INSERT_SYNTAX, INSERT_UNICODE, INSERT_RANDOM, REINDENT, REPEAT, LONG_LINE, DUPLICATE }

    /** One change at a relative position of the text; records so jqwik prints and shrinks them readably. */
    record Mutation(Kind kind, double at, double span, int count, String payload) {

        static String applyAll(String text, List<Mutation> mutations) {
            String result = text;
            for (Mutation mutation : mutations) {
                result = mutation.apply(result);
            }
            return result;
        }

        String apply(String text) {
            int position = (int) (at * text.length());
            int end = Math.min(text.length(), position + (int) (span * 200));
            return switch (kind) {
                case TRUNCATE -> text.substring(0, position);
                case DELETE -> text.substring(0, position) + text.substring(end);
                case INSERT_SYNTAX, INSERT_UNICODE, INSERT_RANDOM -> text.substring(0, position) + payload + text.substring(position);
                case REINDENT -> reindent(text, position);
                case REPEAT -> text.substring(0, position) + payload.repeat(count) + text.substring(position);
                case LONG_LINE -> text.substring(0, position) + "x".repeat(count * 40) + text.substring(position);
                case DUPLICATE -> text.substring(0, end) + text.substring(position, end).repeat(Math.min(count, 20))
                        + text.substring(end);
            };
        }

        private String reindent(String text, int position) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
            if (position == 0) {
                lineStart = 0;
            }
            String indent = count % 3 == 0 ? "\t" : " ".repeat(count % 7);
            return count % 2 == 0 && text.startsWith(" ", lineStart)
                    ? text.substring(0, lineStart) + text.substring(lineStart + 1)
                    : text.substring(0, lineStart) + indent + text.substring(lineStart);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> truncate = at.map(a -> new Mutation(Kind.TRUNCATE, a, 0, 0, ""));
        Arbitrary<Mutation> delete = Combinators.combine(at, at).as((a, s) -> new Mutation(Kind.DELETE, a, s, 0, ""));
        Arbitrary<Mutation> syntax = Combinators.combine(at, Arbitraries.of(SYNTAX))
                .as((a, p) -> new Mutation(Kind.INSERT_SYNTAX, a, 0, 0, p));
        Arbitrary<Mutation> unicode = Combinators.combine(at, Arbitraries.of(ODD_UNICODE))
                .as((a, p) -> new Mutation(Kind.INSERT_UNICODE, a, 0, 0, p));
        Arbitrary<Mutation> random = Combinators.combine(at, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8))
                .as((a, p) -> new Mutation(Kind.INSERT_RANDOM, a, 0, 0, p));
        Arbitrary<Mutation> reindent = Combinators.combine(at, Arbitraries.integers().between(0, 20))
                .as((a, c) -> new Mutation(Kind.REINDENT, a, 0, c, ""));
        Arbitrary<Mutation> repeat = Combinators.combine(at, Arbitraries.integers().between(2, 2000),
                        Arbitraries.of("${", "{{", "[", "{", "- ", "  ", "\"", "(", "a.", "!", "&a ", "*a ", "<<EOF\n", "\\"))
                .as((a, c, p) -> new Mutation(Kind.REPEAT, a, 0, c, p));
        Arbitrary<Mutation> longLine = Combinators.combine(at, Arbitraries.integers().between(1, 500))
                .as((a, c) -> new Mutation(Kind.LONG_LINE, a, 0, c, ""));
        Arbitrary<Mutation> duplicate = Combinators.combine(at, at, Arbitraries.integers().between(2, 50))
                .as((a, s, c) -> new Mutation(Kind.DUPLICATE, a, s, c, ""));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, truncate), net.jqwik.api.Tuple.of(2, delete),
                        net.jqwik.api.Tuple.of(4, syntax), net.jqwik.api.Tuple.of(3, unicode),
                        net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(2, reindent),
                        net.jqwik.api.Tuple.of(1, repeat), net.jqwik.api.Tuple.of(1, longLine),
                        net.jqwik.api.Tuple.of(1, duplicate))
                .list().ofMaxSize(4);
    }

    /** Raw byte changes after encoding: what no Java string can hold (invalid UTF-8, NUL, lone surrogate bytes). */
    record ByteMutation(double at, byte[] bytes) {

        byte[] apply(byte[] input) {
            int position = (int) (at * input.length);
            byte[] out = new byte[input.length + bytes.length];
            System.arraycopy(input, 0, out, 0, position);
            System.arraycopy(bytes, 0, out, position, bytes.length);
            System.arraycopy(input, position, out, position + bytes.length, input.length - position);
            return out;
        }

        @Override
        public String toString() {
            return "ByteMutation[at=" + at + ", bytes=" + java.util.HexFormat.of().formatHex(bytes) + "]";
        }
    }

    @Provide
    Arbitrary<List<ByteMutation>> byteMutations() {
        Arbitrary<byte[]> payload = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // CESU-8 lone surrogate
                        new byte[] {(byte) 0xC0, (byte) 0x80},                     // overlong NUL
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                        new byte[] {(byte) 0xE2, (byte) 0x82},                     // truncated sequence
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));      // a BOM in the middle
        Arbitrary<ByteMutation> mutation = Combinators.combine(Arbitraries.doubles().between(0, 1), payload)
                .as(ByteMutation::new);
        // Mostly none: a byte mutation usually stops the file at the reader, before any parser sees it.
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(List.<ByteMutation>of())),
                net.jqwik.api.Tuple.of(1, mutation.list().ofMinSize(1).ofMaxSize(2)));
    }
}
