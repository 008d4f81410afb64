package dev.netlint.rules;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.testing.RuleFixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every fixture case under src/test/resources/fixtures/&lt;rule&gt;/&lt;case&gt;/, checked to the column. */
class RuleFixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicNode> fixtures() {
        return RuleFixtures.forAll(RuleRegistry.builtIn(), FIXTURES);
    }
}
