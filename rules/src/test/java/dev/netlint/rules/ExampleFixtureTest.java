package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.testing.RuleFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule's documented examples are fixture cases: {@code examples/<id>/bad/} marks every finding it expects inline,
 * {@code good/} expects none. The rule's page, {@code --explain} and samples/rules show them without the markers.
 */
class ExampleFixtureTest {

    static final Path EXAMPLES = Path.of("src/main/resources/dev/netlint/rules/examples");

    @TestFactory
    Stream<DynamicNode> examples() {
        return RuleFixtures.forAll(RuleRegistry.builtIn(), EXAMPLES);
    }

    @Test
    void everyRuleHasABadAndAGoodExampleAndNothingElse() throws Exception {
        for (RuleDefinition rule : RuleRegistry.builtIn().rules()) {
            try (Stream<Path> cases = Files.list(EXAMPLES.resolve(rule.id()))) {
                assertThat(cases.map(p -> p.getFileName().toString())).as(rule.id())
                        .containsExactlyInAnyOrder("bad", "good");
            }
            assertThat(RuleFixtures.expectsFindings(EXAMPLES.resolve(rule.id()).resolve("bad"))).as(rule.id()).isTrue();
            assertThat(RuleFixtures.expectsFindings(EXAMPLES.resolve(rule.id()).resolve("good"))).as(rule.id()).isFalse();
        }
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            assertThat(dirs.map(p -> p.getFileName().toString()))
                    .allMatch(id -> RuleRegistry.builtIn().find(id).isPresent());
        }
    }

    @Test
    void markersAreStrippedToTheDocumentedText() {
        assertThat(Examples.withoutMarkers("a: 1  # violation error @3\n  # violation below\nb: \"# violation\"\n"))
                .isEqualTo("a: 1\nb: \"# violation\"\n");
    }
}
