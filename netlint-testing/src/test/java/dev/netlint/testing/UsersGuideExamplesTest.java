package dev.netlint.testing;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of the users' guide (docs/custom-rules.md, docs/examples/rules) against their fixtures, run the way the
 * README tells users to run theirs.
 */
class UsersGuideExamplesTest {

    static final Path RULES = Path.of("../docs/examples/rules");
    static final Path FIXTURES = Path.of("../docs/examples/fixtures");

    @TestFactory
    Stream<DynamicNode> examples() {
        return NetlintRuleTests.fixtures(RULES, FIXTURES);
    }
}
