package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A heap that runs out is one line of advice, not a stack trace, wherever the error was thrown (the parsing pool
 * wraps it); the line names the setting that raises the limit. The heap-capped runs of the jar that show it end to
 * end are in {@code scripts/test-hostile-budgets.sh}.
 */
class HeapWatchTest {

    @Test
    void anOutOfMemoryErrorIsRecognisedThroughTheExceptionsThatWrapIt() {
        Throwable wrapped = new IllegalStateException("parsing failed",
                new ExecutionException(new OutOfMemoryError("Java heap space")));

        assertThat(HeapWatch.isOutOfMemory(wrapped)).isTrue();
        assertThat(HeapWatch.isOutOfMemory(new IllegalStateException("parsing failed"))).isFalse();
    }

    @Test
    void theOutOfMemoryMessageIsOneLineNamingTheLimitAndTheSettingToRaise() {
        String message = HeapWatch.outOfMemoryMessage();

        assertThat(message).doesNotContain("\n")
                .startsWith("netlint: out of memory: the Java heap limit (")
                .contains("Raise it: NETLINT_JAVA_OPTS=-Xmx", " -jar netlint.jar.");
    }
}
