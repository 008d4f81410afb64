package dev.netlint.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A finding's documentation link: the rule's page at the tag of a release, at main otherwise. */
class RulePagesTest {

    @Test
    void rulePagesLinkToTheTagOfAReleaseAndToMainOtherwise() {
        assertThat(RulePages.ref("1.2.0")).isEqualTo("v1.2.0");
        assertThat(RulePages.ref("1.3.0-SNAPSHOT")).isEqualTo("main");
        assertThat(RulePages.ref("unknown")).isEqualTo("main");
        assertThat(RulePages.page("NET001")).startsWith(RulePages.repository() + "/blob/")
                .endsWith("/docs/rules/NET001.md");
    }
}
