package dev.netlint.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.RuleDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs fixture cases: {@code <root>/<rule id or name>/<case>/} holds the files of one case (YAML, JSON, Terraform
 * together) with their expected findings marked inline (see {@link FixtureMarkers}). For each case it lints the
 * folder with every rule and checks, for the case's rule only, that:
 * every finding sits on a marked line; every marker is met (counts included); columns, severities and message parts
 * match; the rule selected at least one subject unless the case says {@code # vacuous}; and no file failed to parse.
 * A case with {@code # unverified} markers is linted with --strict, and then its undecided checks must be marked too.
 * A failure lists every actual finding, so the fix is obvious.
 */
public final class RuleFixtures {

    private RuleFixtures() {}

    /** One dynamic test per case, grouped by rule. */
    public static Stream<DynamicNode> forAll(RuleRegistry registry, Path root) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path ruleDir : children(root)) {
            List<DynamicNode> cases = new ArrayList<>();
            for (Path caseDir : children(ruleDir)) {
                cases.add(DynamicTest.dynamicTest(caseDir.getFileName().toString(), caseDir.toUri(),
                        () -> verify(registry, ruleDir.getFileName().toString(), caseDir)));
            }
            nodes.add(DynamicContainer.dynamicContainer(ruleDir.getFileName().toString(), cases));
        }
        return nodes.stream();
    }

    /** The case folders below {@code root}, as rule and case names ({@code NET001/nodeport}). */
    public static List<Path> cases(Path root) {
        List<Path> cases = new ArrayList<>();
        for (Path ruleDir : children(root)) {
            cases.addAll(children(ruleDir));
        }
        return cases;
    }

    /** True when a case expects at least one finding. */
    public static boolean expectsFindings(Path caseDir) {
        try {
            return !FixtureMarkers.read(caseDir, files(caseDir)).expectations().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void verify(RuleRegistry registry, String ruleDirName, Path caseDir) throws IOException {
        RuleDefinition rule = registry.find(ruleDirName)
                .orElseThrow(() -> new AssertionError("fixture folder " + ruleDirName + " names no rule"));
        FixtureMarkers markers = FixtureMarkers.read(caseDir, files(caseDir));
        if (markers.rule() != null && !rule.isNamed(markers.rule())) {
            fail(caseDir + ": header says rule " + markers.rule() + " but the folder is " + ruleDirName);
        }
        LintResult result = new LintEngine(registry).run(new LintRequest(List.of(caseDir.toString()), null,
                settings(markers.settings()), List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES,
                LintPolicy.DEFAULTS.withStrict(markers.strict())));
        String prefix = caseDir.toString().replace('\\', '/') + "/";
        List<Finding> actual = result.findings().stream()
                .filter(f -> rule.id().equals(f.ruleId()) || f.ruleId().equals("parse-error"))
                .toList();
        List<String> problems = new ArrayList<>();
        List<Expectation> open = new ArrayList<>(markers.expectations());
        for (Finding finding : actual) {
            String file = finding.location().file().startsWith(prefix)
                    ? finding.location().file().substring(prefix.length()) : finding.location().file();
            Expectation met = open.stream()
                    .filter(e -> e.matchesPlace(file, finding.location().line()))
                    .filter(e -> matches(e, finding))
                    .findFirst().orElse(null);
            if (met != null) {
                open.remove(met);
                continue;
            }
            Expectation samePlace = open.stream().filter(e -> e.matchesPlace(file, finding.location().line()))
                    .findFirst().orElse(null);
            problems.add(samePlace == null
                    ? "unexpected finding " + describe(file, finding)
                    : "finding " + describe(file, finding) + " does not match marker " + samePlace);
        }
        for (Expectation missing : open) {
            problems.add("no finding for marker " + missing);
        }
        int checked = result.ruleStats().stream().filter(s -> s.ruleId().equals(rule.id()))
                .mapToInt(LintResult.RuleStats::checkedSubjects).sum();
        if (checked == 0 && !markers.vacuous()) {
            problems.add(rule.id() + " selected nothing in this case (add '# vacuous' to the header if intended)");
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(caseDir + ":\n");
            problems.forEach(p -> message.append("  ").append(p).append('\n'));
            message.append("all findings:\n");
            result.findings().forEach(f -> message.append("  ").append(describe(f.location().file(), f)).append('\n'));
            fail(message.toString());
        }
    }

    private static boolean matches(Expectation expected, Finding finding) {
        return expected.unverified() == finding.unverified()
                && (expected.column() == null || expected.column() == finding.location().column())
                && (expected.severity() == null || expected.severity() == finding.severity())
                && (expected.messagePart() == null || finding.message().contains(expected.messagePart()));
    }

    private static String describe(String file, Finding f) {
        return file + ":" + f.location().line() + ":" + f.location().column() + " " + f.severity().label() + " ["
                + f.ruleId() + "] " + f.message();
    }

    private static LintSettings settings(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!key.equals("cluster-ip-family") && !key.equals("default-target-type") && !key.equals("strict")) {
                throw new IllegalArgumentException("unknown fixture setting '" + key + "'");
            }
        }
        String family = settings.get("cluster-ip-family");
        String targetType = settings.get("default-target-type");
        return new LintSettings(family == null ? java.util.Optional.empty() : java.util.Optional.of(
                dev.netlint.core.model.IpFamily.parse(family).orElseThrow(() -> new IllegalArgumentException(
                        "fixture setting cluster-ip-family must be ipv4 or ipv6, not '" + family + "'"))),
                targetType == null ? LintSettings.DEFAULTS.defaultTargetType()
                        : dev.netlint.core.model.TargetType.parse(targetType).orElseThrow(() -> new IllegalArgumentException(
                        "fixture setting default-target-type must be instance or ip, not '" + targetType + "'")));
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path caseDir) throws IOException {
        try (Stream<Path> walk = Files.walk(caseDir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
