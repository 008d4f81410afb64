package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.LintSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NET003's related locations when more Ingresses could share an ALB than the finding lists: each finding names the
 * first three other distinct Ingresses of its group, in input order, never itself and never one Ingress twice.
 * The fixture (fixtures/NET003/many-ungrouped-share-an-alb) pins the messages; this pins the peers shown.
 */
class AlbIngressPeersTest {

    private static final String CASE = RuleFixtureTest.FIXTURES.resolve("NET003/many-ungrouped-share-an-alb").toString();

    private static List<Finding> net003() {
        return new LintEngine(RuleRegistry.builtIn()).run(new LintRequest(List.of(CASE), null, LintSettings.DEFAULTS,
                        List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES, LintPolicy.DEFAULTS))
                .findings().stream().filter(f -> f.ruleId().equals("NET003")).toList();
    }

    private static List<String> peers(Finding finding) {
        return finding.related().stream().map(RelatedLocation::message).toList();
    }

    @Test
    void eachFindingNamesTheFirstThreeOtherIngressesOfItsGroup() {
        List<Finding> findings = net003();

        assertThat(findings).hasSize(6);
        assertThat(findings).filteredOn(f -> f.message().startsWith("Ingress shop/cart "))
                .hasSize(2)
                .allSatisfy(f -> assertThat(peers(f)).containsExactly(
                        "Ingress shop/orders could share the same ALB",
                        "Ingress shop/search could share the same ALB",
                        "Ingress shop/payments could share the same ALB"));
        assertThat(findings).filteredOn(f -> f.message().startsWith("Ingress shop/payments "))
                .singleElement()
                .satisfies(f -> assertThat(peers(f)).containsExactly(
                        "Ingress shop/cart could share the same ALB",
                        "Ingress shop/orders could share the same ALB",
                        "Ingress shop/search could share the same ALB"));
        assertThat(findings).filteredOn(f -> f.message().startsWith("Ingress shop/reviews "))
                .singleElement()
                .satisfies(f -> assertThat(peers(f)).containsExactly(
                        "Ingress shop/cart could share the same ALB",
                        "Ingress shop/orders could share the same ALB",
                        "Ingress shop/search could share the same ALB"));
    }
}
