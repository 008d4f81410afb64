package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budgets, not luck (README, "Limits"): each hostile input of issue 12, built here at its reported size, is refused
 * with one {@code limit-exceeded} finding at the place that exceeded a limit, and everything else is still linted.
 * Every limit counts units of work, never time; the time bounds below are hang guards for the test run, far above
 * what each case takes, not measurements. The heap-capped runs of the jar are in
 * {@code scripts/test-hostile-budgets.sh}.
 */
class HostileBudgetsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** A security group NET026 flags: the NodePort range open to the internet. */
    private static final String OPEN_NODEPORTS = """
              ingress {
                from_port   = 30000
                to_port     = 32767
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
            """;

    @TempDir
    Path temp;

    private static LintResult lint(Path... paths) {
        List<String> given = java.util.Arrays.stream(paths).map(Path::toString).toList();
        return assertTimeoutPreemptively(HANG_GUARD, () -> new LintEngine(RuleRegistry.builtIn()).run(
                new LintRequest(given, null, LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES)));
    }

    private static List<Finding> limits(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("limit-exceeded")).toList();
    }

    private static List<Finding> net026(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("NET026")).toList();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String group(String name, String meta) {
        return "resource \"aws_security_group\" \"" + name + "\" {\n" + meta + OPEN_NODEPORTS + "}\n";
    }

    @Test
    void countOfTenThousandOnAHundredBlocksIsRefusedOncePerBlockAtItsCountAndEachBlockIsLintedAsOneInstance()
            throws IOException {
        // 100 blocks of 9 lines, an 18 KB file: once 94 s, 2.8 GB and a 672 MB report
        String text = IntStream.range(0, 100).mapToObj(i -> group("g" + i, "  count = 10000\n"))
                .collect(Collectors.joining());
        Path folder = write("infra/main.tf", text).getParent();

        LintResult result = lint(folder);

        assertThat(limits(result)).hasSize(100).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo(folder.resolve("main.tf").toString());
            assertThat(f.location().column()).isEqualTo(3);
            assertThat(f.message()).startsWith("count = 10000 exceeds netlint's limit of 1,000 instances per "
                    + "resource; aws_security_group.g").endsWith(" is linted as one instance whose count.index is "
                    + "unknown");
        });
        assertThat(limits(result)).extracting(f -> f.location().line())
                .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> 2 + 9 * i).toList());
        assertThat(net026(result)).hasSize(100)
                .allSatisfy(f -> assertThat(f.resource()).doesNotContain("["));
    }

    @Test
    void instancesBeyondTheTotalOfTheConfigurationAreRefusedAtTheCountThatPassesIt() throws IOException {
        // ten blocks of 1,000 instances fill the budget of 10,000; the next count does not fit
        String text = IntStream.range(0, 10).mapToObj(i -> "resource \"aws_s3_bucket\" \"b" + i + "\" {\n"
                + "  count = 1000\n}\n").collect(Collectors.joining()) + group("late", "  count = 2\n");
        Path folder = write("infra/main.tf", text).getParent();

        LintResult result = lint(folder);

        assertThat(limits(result)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(32);
            assertThat(f.message()).isEqualTo("count = 2 would take this configuration (with its modules) beyond "
                    + "netlint's limit of 10,000 resource instances in all; aws_security_group.late is linted as one "
                    + "instance whose count.index is unknown");
        });
        assertThat(net026(result)).singleElement()
                .satisfies(f -> assertThat(f.resource()).isEqualTo("aws_security_group.late"));
    }

    @Test
    void nestedCountOfAThousandOverFourModuleLevelsIsRefusedAtTheFirstCountBeyondTheModuleBudget()
            throws IOException {
        // once 6.3 GB and then killed
        write("infra/main.tf", "module \"m\" {\n  source = \"./l1\"\n  count  = 1000\n}\n" + group("root", ""));
        write("infra/l1/main.tf", "module \"m\" {\n  source = \"./l2\"\n  count  = 1000\n}\n");
        write("infra/l1/l2/main.tf", "module \"m\" {\n  source = \"./l3\"\n  count  = 1000\n}\n");
        write("infra/l1/l2/l3/main.tf", "module \"m\" {\n  source = \"./l4\"\n  count  = 1000\n}\n");
        write("infra/l1/l2/l3/l4/main.tf", group("deep", ""));

        LintResult result = lint(temp.resolve("infra"));

        assertThat(limits(result)).singleElement().satisfies(f -> {
            assertThat(f.location().file()).endsWith("infra/l1/main.tf");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("count = 1000 would take this configuration beyond netlint's limit of "
                    + "1,000 module instances in all (every level counted); it was not expanded, so values it outputs "
                    + "are unknown and its resources are not linted");
        });
        assertThat(net026(result)).singleElement()
                .satisfies(f -> assertThat(f.resource()).isEqualTo("aws_security_group.root"));
    }

    @Test
    void modulesNestedDeeperThanTheLimitAreRefusedAtTheCallOneLevelTooDeep() throws IOException {
        String folder = "infra";
        for (int level = 0; level <= 17; level++) {
            write(folder + "/main.tf", "module \"next\" {\n  source = \"./m\"\n}\n" + group("g", ""));
            folder += "/m";
        }

        LintResult result = lint(temp.resolve("infra"));

        assertThat(limits(result)).singleElement().satisfies(f -> {
            assertThat(f.location().file()).endsWith("infra" + "/m".repeat(16) + "/main.tf");
            assertThat(f.message()).isEqualTo("module.next nests modules deeper than netlint's limit of 16 levels; "
                    + "it was not expanded, so values it outputs are unknown and its resources are not linted");
        });
        assertThat(net026(result)).hasSize(17); // the root and 16 levels of modules
    }

    @Test
    void billionLaughsThroughLocalsIsRefusedAtTheFirstValueBeyondTheSizeLimit() throws IOException {
        // local.a8 would hold 10^8 strings: once an OutOfMemoryError with any heap
        StringBuilder text = new StringBuilder("locals {\n  a0 = \"lol\"\n");
        for (int k = 1; k <= 8; k++) {
            text.append("  a").append(k).append(" = [")
                    .append(("local.a" + (k - 1) + ", ").repeat(10)).append("]\n");
        }
        text.append("}\n");
        text.append("resource \"aws_security_group\" \"laughs\" {\n  description = jsonencode(local.a8)\n"
                + "  ingress {\n    from_port   = 30000\n    to_port     = 32767\n    protocol    = \"tcp\"\n"
                + "    cidr_blocks = flatten(local.a8)\n  }\n}\n");
        text.append(group("plain", ""));
        Path folder = write("infra/main.tf", text.toString()).getParent();

        LintResult result = lint(folder);

        assertThat(limits(result)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(8); // a6 = [...]: 1,111,111 with every repetition counted
            assertThat(f.location().column()).isEqualTo(8);
            assertThat(f.message()).isEqualTo("this expression builds a value larger than netlint's limit of "
                    + "1,000,000 (list items, map entries and string characters, repetitions counted); it is unknown, "
                    + "so no rule fires on it");
        });
        assertThat(net026(result)).singleElement()
                .satisfies(f -> assertThat(f.resource()).isEqualTo("aws_security_group.plain"));
    }

    @Test
    void valuesCopiedIntoEveryInstanceSpendTheEvaluationBudgetOnceAndTheRestIsUnknown() throws IOException {
        // 10,000 instances each holding a list of 1,000 addresses: ten million values, refused after five
        StringBuilder text = new StringBuilder("locals {\n  a0 = \"10.0.0.0/8\"\n");
        for (int k = 1; k <= 3; k++) {
            text.append("  a").append(k).append(" = [").append(("local.a" + (k - 1) + ", ").repeat(10)).append("]\n");
        }
        text.append("}\n");
        for (int i = 0; i < 10; i++) {
            text.append("resource \"aws_security_group\" \"g").append(i).append("\" {\n  count = 1000\n"
                    + "  ingress {\n    from_port   = 30000\n    to_port     = 32767\n    protocol    = \"tcp\"\n"
                    + "    cidr_blocks = flatten(local.a3)\n  }\n}\n");
        }
        Path folder = write("infra/main.tf", text.toString()).getParent();

        LintResult result = lint(folder);

        assertThat(limits(result)).singleElement().satisfies(f -> {
            assertThat(f.location().column()).isEqualTo(19);
            assertThat(f.message()).isEqualTo("evaluating this configuration took more than netlint's limit of "
                    + "5,000,000 steps (expressions evaluated and values built); values from here on are unknown, so "
                    + "no rule fires on them");
        });
    }

    @Test
    void aModuleFileOfAMillionBlankLinesIsSearchedForLocalModuleCallsInLinearTime() throws IOException {
        // `^\s*source` ran on over the blank lines from every line start: 40,000 of them took 36 s
        write("infra/main.tf", group("g", "") + "# source\n" + "\n".repeat(1_000_000) + "# sourcX\n");
        write("infra/modules/x/main.tf", group("unused", ""));

        LintResult result = lint(temp.resolve("infra"));

        assertThat(net026(result)).hasSize(2); // infra/modules/x is called by no one, so it is a root of its own
        assertThat(limits(result)).isEmpty();
    }

    @Test
    void aPlanBesideALargeTfFullOfResourceLinesIsLocatedAtItsBlockInLinearTime() throws IOException {
        // 55,000 `resource` lines in a comment: once 79 s (each match counted lines from the start of the file)
        String tf = group("g", "") + "/*\n" + "resource \"a\" \"b\"\n".repeat(55_000) + "*/\n";
        write("infra/main.tf", tf);
        Path plan = write("infra/plan.json", """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_security_group.g", "mode": "managed", "type": "aws_security_group", "name": "g",
                   "values": {"ingress": [{"from_port": 30000, "to_port": 32767, "protocol": "tcp",
                                           "cidr_blocks": ["0.0.0.0/0"]}]}}]}}}
                """);

        LintResult result = lint(plan);

        assertThat(net026(result)).singleElement().satisfies(f -> {
            assertThat(f.location().file()).endsWith("infra/main.tf");
            assertThat(f.location().line()).isEqualTo(1);
        });
        assertThat(limits(result)).isEmpty();
    }

    @Test
    void yamlOfSeventyThousandListItemsAndOfANinePointFiveMegabyteScalarAreRefusedAndTheirNeighbourIsLinted()
            throws IOException {
        // once 1.4 GB (an OutOfMemoryError under -Xmx384m) and 65 s
        String service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n"
                + "  ports:\n  - port: 80\n";
        write("k8s/list.yaml", "apiVersion: v1\nkind: List\nitems:\n"
                + "- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s\n".repeat(70_000));
        write("k8s/scalar.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  key: "
                + "a".repeat(9_500_000) + "\n");
        write("k8s/web.yaml", service);

        LintResult result = lint(temp.resolve("k8s"));

        assertThat(limits(result)).hasSize(2);
        assertThat(limits(result)).filteredOn(f -> f.location().file().endsWith("list.yaml")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(4);
                    assertThat(f.message()).isEqualTo("YAML list has more than 10,000 items, netlint's limit per "
                            + "collection; refusing to read the file");
                });
        assertThat(limits(result)).filteredOn(f -> f.location().file().endsWith("scalar.yaml")).singleElement()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(6));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NET001")).singleElement()
                .satisfies(f -> assertThat(f.location().file()).endsWith("web.yaml"));
    }
}
