package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks over the whole catalog, in the spirit of PMD's and Checkstyle's all-rules tests. */
class RuleCatalogTest {

    private final RuleRegistry registry = RuleRegistry.builtIn();

    @Test
    void everyRuleHasAPositiveAndANegativeFixture() {
        for (RuleDefinition rule : registry.rules()) {
            Path dir = RuleFixtureTest.FIXTURES.resolve(rule.id());
            assertThat(dir).as("fixtures of " + rule.id()).isDirectory();
            List<Path> cases = RuleFixtures.cases(RuleFixtureTest.FIXTURES).stream()
                    .filter(c -> c.getParent().equals(dir)).toList();
            assertThat(cases).as(rule.id() + " cases").anyMatch(RuleFixtures::expectsFindings);
            assertThat(cases).as(rule.id() + " cases without findings").anyMatch(c -> !RuleFixtures.expectsFindings(c));
        }
    }

    @Test
    void everyFixtureFolderNamesARule() throws IOException {
        try (Stream<Path> dirs = Files.list(RuleFixtureTest.FIXTURES)) {
            dirs.forEach(dir -> assertThat(registry.find(dir.getFileName().toString()))
                    .as("rule for fixture folder " + dir).isPresent());
        }
    }

    @Test
    void everyRuleIsDocumentedAndCitesTheNotes() {
        assertThat(registry.rules()).isNotEmpty();
        for (RuleDefinition rule : registry.rules()) {
            assertThat(rule.summary()).as(rule.id() + " summary").isNotBlank();
            assertThat(rule.rationale()).as(rule.id() + " rationale").isNotBlank();
            assertThat(rule.notesBasis()).as(rule.id() + " notes basis").startsWith("EKS-NETWORKING.md:");
            assertThat(rule.fix()).as(rule.id() + " fix").endsWith(".");
            assertThat(rule.docs()).as(rule.id() + " docs").startsWith("https://");
        }
    }

    @Test
    void idsAndNamesAreUnique() {
        assertThat(registry.rules().stream().map(RuleDefinition::id)).doesNotHaveDuplicates();
        assertThat(registry.rules().stream().map(RuleDefinition::name)).doesNotHaveDuplicates();
    }

    @Test
    void rulesDescribeThemselvesInEnglish() {
        RuleDefinition net003 = registry.find("NET003").orElseThrow();
        assertThat(net003.checks().get(0).rule().description()).isEqualTo(
                "ingresses that are managed by the AWS Load Balancer Controller should join an IngressGroup, "
                        + "because without a group every Ingress provisions its own ALB");
        RuleDefinition net001 = registry.find("service-nodeport-exposure").orElseThrow();
        assertThat(net001.checks().get(0).rule().description()).isEqualTo(
                "services that have type 'NodePort' and are not instance-target backends of a load balancer "
                        + "should not be exposed through node ports, because a NodePort listens on every node, "
                        + "so whoever reaches a node reaches the pods");
    }

    @Test
    void terraformRulesDescribeThemselvesInEnglish() {
        RuleDefinition net026 = registry.find("NET026").orElseThrow();
        assertThat(net026.checks().get(0).rule().description()).isEqualTo(
                "security groups should not open the NodePort range 30000-32767 to 0.0.0.0/0 or ::/0, "
                        + "because NodePorts are meant for the load balancer, not for the internet");
        RuleDefinition net009 = registry.find("eks-cluster-subnet-requirements").orElseThrow();
        assertThat(net009.checks()).extracting(c -> c.severity().name()).containsExactly("ERROR", "ERROR", "INFO");
    }
}
