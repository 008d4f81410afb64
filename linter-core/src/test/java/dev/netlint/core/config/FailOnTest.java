package dev.netlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Severity;
import org.junit.jupiter.api.Test;

/** fail-on's four words, and the severity each one fails at. */
class FailOnTest {

    @Test
    void eachWordNamesAThresholdAndNeverNamesNone() {
        assertThat(FailOn.LABELS).containsExactly("error", "warning", "info", "never");
        assertThat(FailOn.of("Warning")).isEqualTo(FailOn.WARNING);
        assertThat(FailOn.WARNING.threshold()).isEqualTo(Severity.WARNING);
        assertThat(FailOn.NEVER.threshold()).isNull();
        assertThat(FailOn.of("critical")).isNull();
    }
}
