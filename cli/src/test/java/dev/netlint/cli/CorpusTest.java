package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.core.source.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The whole CLI over the real-world corpus in {@code shared/corpus} (beside the repository; found by walking up from
 * the working directory, skipped when absent): a sensible result for every file, parse errors exactly for the
 * invalid-syntax files, templates reported as templates, and the same report on a second run.
 */
class CorpusTest {

    @TempDir
    Path dir;

    private static Path corpus() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private record Run(int exit, String report, String verbose) {}

    private Run run(Path corpus, String name) throws IOException {
        Path report = dir.resolve(name + ".json");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("--verbose", "--format", "json", "-o", report.toString(), "--format", "text", corpus.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("internal error");
        return new Run(exit, Files.readString(report), text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCorpusFileGivesASensibleResultAndTheRunIsDeterministic() throws IOException {
        Path corpus = corpus();
        assumeThat(corpus).as("shared/corpus beside the repository").isNotNull();
        String prefix = corpus.toString().replace('\\', '/') + "/";

        Run first = run(corpus, "first");
        Run second = run(corpus, "second");

        assertThat(first.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(second.report()).isEqualTo(first.report());

        JsonNode report = new ObjectMapper().readTree(first.report());
        Map<String, List<String>> findingsByFile = new TreeMap<>();
        report.path("findings").forEach(f -> findingsByFile
                .computeIfAbsent(f.path("file").asText().replace(prefix, ""), k -> new ArrayList<>())
                .add(f.path("ruleId").asText()));
        TreeSet<String> skipped = new TreeSet<>();
        first.verbose().lines().filter(line -> line.startsWith("skipped " + prefix))
                .forEach(line -> skipped.add(line.substring(("skipped " + prefix).length(), line.indexOf(": ", 8))));

        List<String> files;
        try (var paths = Files.walk(corpus)) {
            files = paths.filter(Files::isRegularFile)
                    .filter(p -> SourceFormat.forFileName(p.getFileName().toString()) != null)
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(300);
        JsonNode summary = report.path("summary");
        assertThat(summary.path("files").asInt() + summary.path("skipped").asInt())
                .as("every file linted or skipped").isEqualTo(files.size());

        for (String file : files) {
            List<String> rules = findingsByFile.getOrDefault(file, List.of());
            boolean parseError = rules.contains("parse-error");
            if (file.startsWith("invalid-syntax/")) {
                // The corpus's empty .json is not an object; netlint skips empty files as it does empty YAML.
                assertThat(parseError || skipped.contains(file)).as("%s: parse-error or skipped as empty", file).isTrue();
                assertThat(rules).as(file).allMatch(rule -> rule.equals("parse-error"));
            } else {
                assertThat(parseError).as("%s: %s", file, rules).isFalse();
            }
            if (file.startsWith("helm-templates/")) {
                if (isYaml(corpus.resolve(file))) {
                    // Placeholders in valid YAML are plain text, unknown to rules: nothing is reported because of them.
                    assertThat(rules).as(file).doesNotContain("unrendered-template");
                } else {
                    assertThat(rules).as(file).containsExactly("unrendered-template");
                }
            } else {
                assertThat(rules).as(file).doesNotContain("unrendered-template");
            }
        }
        report.path("findings").forEach(f -> {
            if (f.path("file").asText().contains("/helm-templates/")) {
                assertThat(f.path("message").asText()).as("finding driven by template text").doesNotContain("{{");
            }
        });
    }

    private static boolean isYaml(Path file) {
        try {
            new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file)).forEach(d -> { });
            return true;
        } catch (RuntimeException | IOException e) {
            return false;
        }
    }

    /**
     * Several unrelated projects side by side in one run give exactly the error and warning findings that linting
     * each folder alone gives (key: rule, path relative to the corpus, line, severity): nothing one project defines
     * reaches another, and no sibling cancels another.
     */
    @Test
    void oneRunOverTheCorpusFindsWhatEachFolderAloneFinds() throws IOException {
        Path corpus = corpus();
        assumeThat(corpus).as("shared/corpus beside the repository").isNotNull();
        TreeSet<String> together = errorsAndWarnings(corpus, runJson(corpus, "all"));
        TreeSet<String> each = new TreeSet<>();
        List<Path> folders;
        try (var listing = Files.list(corpus)) {
            folders = listing.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            each.addAll(errorsAndWarnings(corpus, runJson(folder, "each-" + folder.getFileName())));
        }
        assertThat(together).as("one run over the corpus").isEqualTo(each);
    }

    private JsonNode runJson(Path input, String name) throws IOException {
        Path report = dir.resolve(name + ".json");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Main.run("--format", "json", "-o", report.toString(), input.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new ObjectMapper().readTree(report.toFile());
    }

    private static TreeSet<String> errorsAndWarnings(Path corpus, JsonNode report) {
        TreeSet<String> keys = new TreeSet<>();
        Path root = corpus.toAbsolutePath().normalize();
        for (JsonNode finding : report.get("findings")) {
            String severity = finding.get("severity").asText();
            if (severity.equals("error") || severity.equals("warning")) {
                String file = root.relativize(Path.of(finding.get("file").asText()).toAbsolutePath().normalize())
                        .toString().replace('\\', '/');
                keys.add(finding.get("ruleId").asText() + " " + file + ":" + finding.get("line").asInt() + " "
                        + severity);
            }
        }
        return keys;
    }
}
