package dev.netlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** What a user sees when their rule or their fixtures are wrong: a failing test that says where and why. */
class NetlintRuleTestsTest {

    private static final Path HARNESS = Path.of("src/test/resources/harness");

    /** The failure messages of the dynamic tests, in order ("" for a test that passed). */
    private static List<String> run(Stream<DynamicNode> nodes) {
        List<String> messages = new ArrayList<>();
        nodes.forEach(node -> collect(node, messages));
        return messages;
    }

    private static void collect(DynamicNode node, List<String> messages) {
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> collect(child, messages));
        } else if (node instanceof DynamicTest test) {
            try {
                test.getExecutable().execute();
                messages.add("");
            } catch (Throwable failure) {
                messages.add(failure.getMessage());
            }
        }
    }

    @Test
    void aMarkerOnTheWrongLineFailsWithEveryFinding() {
        List<String> messages = run(NetlintRuleTests.fixtures(HARNESS.resolve("rules"), HARNESS.resolve("fixtures")));
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0))
                .contains("unexpected finding service.yaml:4:1 warning [ORG901] Service shop/web should have "
                        + "annotation 'example.com/owner'")
                .contains("no finding for marker service.yaml:3 (marker on line 3)");
        assertThat(messages.get(1)).contains("ORG901 has no case that expects no finding");
    }

    @Test
    void aRuleFileThatDoesNotCompileFailsWithItsPlace() {
        List<String> messages = run(NetlintRuleTests.fixtures(HARNESS.resolve("bad-rules"), HARNESS.resolve("fixtures")));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).contains("Misspelt.groovy:6:").contains("haveAnotation");
    }
}
