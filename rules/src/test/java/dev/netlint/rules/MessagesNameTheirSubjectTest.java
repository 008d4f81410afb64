package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding's message names its subject ({@code aws_eks_cluster.main}, {@code module.eks...},
 * {@code Service shop/web}): a reader of one line of output knows what it is about. Checked over every rule's
 * fixture cases and the samples, so a rule whose message leaves its subject out fails here.
 */
class MessagesNameTheirSubjectTest {

    private static final RuleRegistry RULES = RuleRegistry.builtIn();

    @Test
    void everyRuleFindingNamesItsSubject() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> rules = Files.list(RuleFixtureTest.FIXTURES)) {
            for (Path rule : rules.sorted().toList()) {
                try (Stream<Path> inside = Files.list(rule)) {
                    inside.filter(Files::isDirectory).sorted().forEach(cases::add);
                }
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("../samples/rules"))) {
            for (Path rule : samples.sorted().toList()) {
                cases.add(rule.resolve("bad")); // each rule's documented bad example, as samples/.netlint.yaml lints it
            }
        }
        cases.add(Path.of("../samples/kubernetes"));
        cases.add(Path.of("../samples/terraform"));
        List<String> missing = new ArrayList<>();
        java.util.Set<String> rulesSeen = new java.util.TreeSet<>();
        for (Path folder : cases) {
            for (Finding finding : new LintEngine(RULES).run(LintRequest.of(List.of(folder.toString()))).findings()) {
                if (!finding.ruleId().startsWith("NET")) {
                    continue; // parse errors and notes about the input name a file, not a subject
                }
                rulesSeen.add(finding.ruleId());
                if (!finding.message().contains(finding.resource())) {
                    missing.add(finding.ruleId() + " " + finding.location().file() + ":" + finding.location().line()
                            + ": '" + finding.message() + "' does not name " + finding.resource());
                }
            }
        }
        assertThat(rulesSeen).as("every built-in rule is seen firing")
                .containsAll(RULES.rules().stream().map(r -> r.id()).toList());
        assertThat(missing).isEmpty();
    }
}
