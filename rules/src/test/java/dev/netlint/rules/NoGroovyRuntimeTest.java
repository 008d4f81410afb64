package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.testing.FreshClassLoader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loading the built-in rules starts no Groovy runtime: checked in a class loader of its own (as in a new JVM), by
 * which classes it loaded, not by timing. Creating any Groovy script or closure would load {@code groovy.lang.Script}
 * or {@code groovy.lang.Closure} and start the meta-class registry, most of a pre-commit run's start-up. The control
 * case (users' rule files do load Groovy, so the probe can tell) is in the CLI's {@code StartupClassesTest}.
 */
class NoGroovyRuntimeTest {

    private static final String REGISTRY = "dev.netlint.core.engine.RuleRegistry";

    @Test
    void theBuiltInRulesLoadNoGroovyClass() throws IOException, ReflectiveOperationException {
        try (FreshClassLoader fresh = new FreshClassLoader()) {
            Object registry = fresh.callStatic(REGISTRY, "builtIn", List.of());
            List<?> rules = (List<?>) registry.getClass().getMethod("rules").invoke(registry);

            assertThat(rules).hasSize(RuleRegistry.builtIn().rules().size());
            assertThat(fresh.hasLoaded(REGISTRY)).isTrue();
            assertThat(fresh.loaded(FreshClassLoader.GROOVY_RUNTIME)).isEmpty();
        }
    }
}
