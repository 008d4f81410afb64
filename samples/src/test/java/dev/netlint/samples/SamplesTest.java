package dev.netlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.cli.Main;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, through the command line: netlint on samples/kubernetes and samples/terraform must give exactly the
 * report in expected/samples.json (every finding to the column); run with -Dupdate.golden=true to rewrite the golden
 * file after an intended change, then review the diff. netlint on all of samples/ (with samples/.netlint.yaml, which
 * makes every rules/NETxxx/bad and rules/NETxxx/good folder a workspace of its own) must show every built-in rule
 * firing on its bad sample and nothing at all on any good sample.
 */
class SamplesTest {

    private static final Path GOLDEN = Path.of("expected/samples.json");

    @Test
    void samplesGiveTheGoldenReport(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("report.json");
        int exit = Main.run("--format", "json", "--output", report.toString(), "kubernetes", "terraform");
        String actual = Files.readString(report, StandardCharsets.UTF_8)
                .replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"(any)\"");
        if (Boolean.getBoolean("update.golden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(exit).as("exit code: the bad samples have errors").isEqualTo(1);
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void goodSamplesAreClean(@TempDir Path temp) throws IOException {
        Path report = temp.resolve("report.txt");
        int exit = Main.run("--fail-on", "info", "--output", report.toString(), "kubernetes/good");
        assertThat(Files.readString(report)).endsWith("0 errors, 0 warnings, 0 info\n");
        assertThat(exit).isZero();
    }

    @Test
    void everyRuleFiresOnItsBadSampleAndNothingFiresOnAnyGoodSample(@TempDir Path temp) throws IOException {
        Path samples = Path.of("").toAbsolutePath();
        Path report = temp.resolve("report.json");
        int exit = Main.run("--format", "json", "--output", report.toString(), samples.toString());
        assertThat(exit).as("exit code: the bad samples have errors").isEqualTo(1);

        Map<String, List<String>> rulesByFolder = new TreeMap<>();
        for (JsonNode finding : new ObjectMapper().readTree(report.toFile()).path("findings")) {
            String file = samples.relativize(Path.of(finding.path("file").asText())).toString().replace('\\', '/');
            String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
            rulesByFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(finding.path("ruleId").asText());
        }
        List<String> ids = RuleRegistry.builtIn().rules().stream().map(RuleDefinition::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        for (String id : ids) {
            assertThat(rulesByFolder.getOrDefault("rules/" + id + "/bad", List.of()))
                    .as("findings in samples/rules/" + id + "/bad").contains(id);
        }
        assertThat(rulesByFolder.keySet()).as("folders with findings")
                .noneMatch(folder -> folder.matches("rules/[^/]+/good"));
        try (var folders = Files.list(samples.resolve("rules"))) {
            assertThat(folders.map(p -> p.getFileName().toString()).sorted())
                    .as("samples/rules holds one folder per built-in rule").containsExactlyElementsOf(ids);
        }
    }
}
