package dev.netlint.core.lang;

import static dev.netlint.core.lang.syntax.RuleDefinitions.services;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.parse.k8s.K8sMapper;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The fluent rule API as rule authors see it: rules describe themselves in English assembled from their parts
 * (ArchUnit style), closed vocabularies are checked when the rule is built, unknown values are never selected nor
 * flagged, selections combine strictly left to right, and users' own predicates and conditions plug in.
 */
class RuleDslTest {

    private static final String FILE = "k8s/services.yaml";

    /**
     * One Service document per spec "namespace/name type" (type "-": none written), seven lines each, in the
     * given order, which is also the order rules see them in.
     */
    private static EvalContext workspaceOf(String... services) {
        StringBuilder yaml = new StringBuilder();
        for (String spec : services) {
            String[] parts = spec.split(" ", 2);
            String[] qualified = parts[0].split("/");
            yaml.append("---\napiVersion: v1\nkind: Service\nmetadata: {namespace: ").append(qualified[0])
                    .append(", name: ").append(qualified[1]).append("}\nspec:\n");
            if (!parts[1].equals("-")) {
                yaml.append("  type: \"").append(parts[1]).append("\"\n");
            }
            yaml.append("  ports: [{port: 80, nodePort: 30080}]\n");
        }
        YamlLoader.Result loaded = new YamlLoader()
                .load(new SourceText(new SourceFile(Path.of(FILE), FILE, SourceFormat.YAML), yaml.toString()));
        assertThat(loaded.problem()).isNull();
        Workspace.Builder builder = Workspace.builder();
        K8sMapper mapper = new K8sMapper();
        loaded.documents().forEach(d -> mapper.map(d).forEach(builder::add));
        return new EvalContext(builder.build(), LintSettings.DEFAULTS);
    }

    private static List<String> subjectsOf(EvaluationResult result) {
        return result.violations().stream().map(v -> v.subject().describe()).toList();
    }

    /** A condition that flags every subject it is given, so a rule's violations list exactly its selection. */
    private static Condition<Service> flagEverySubject() {
        return new Condition<>("be flagged") {
            @Override
            public void check(Service subject, EvalContext context, ConditionEvents events) {
                events.violation(subject, subject, "selected");
            }
        };
    }

    @Nested
    class Descriptions {

        @Test
        void describesSelectionConditionAndReasonInEnglish() {
            LintRule rule = services().that().haveType("NodePort")
                    .should().notBeExposedThroughNodePorts()
                    .because("a NodePort listens on every node");

            assertThat(rule.description()).isEqualTo("services that have type 'NodePort' should not be exposed through "
                    + "node ports, because a NodePort listens on every node");
        }

        @Test
        void describesRuleWithoutSelectionOrReason() {
            assertThat(services().should().haveAValidType().description()).isEqualTo("services should have a valid type");
        }

        @Test
        void describesEverySelectionStepWithItsConnective() {
            LintRule rule = services().that().areInNamespace("shop").or().haveAnnotation("team")
                    .and().haveAnyTypeOf("NodePort", "LoadBalancer")
                    .should().haveNodePortsWithin(30000, 32767);

            assertThat(rule.description()).isEqualTo("services that are in namespace 'shop' or have annotation 'team' "
                    + "and have type 'NodePort' or 'LoadBalancer' should have node ports within 30000-32767");
        }

        @Test
        void becauseLeavesTheRuleItWasCalledOnUnchanged() {
            LintRule base = services().should().haveAValidType();

            LintRule explained = base.because("the API server rejects any other type");

            assertThat(base.description()).isEqualTo("services should have a valid type");
            assertThat(explained.description())
                    .isEqualTo("services should have a valid type, because the API server rejects any other type");
        }
    }

    @Nested
    class ClosedVocabularies {

        @Test
        void refusesAMisspelledServiceTypeListingTheValidOnes() {
            assertThatThrownBy(() -> services().that().haveType("NodPort"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown Service type 'NodPort'; expected one of ClusterIP, ExternalName, LoadBalancer, NodePort");
        }

        @Test
        void refusesServiceTypesInTheWrongCase() {
            assertThatThrownBy(() -> services().that().haveAnyTypeOf("LoadBalancer", "nodeport"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unknown Service type 'nodeport'");
        }
    }

    @Nested
    class UnknownValues {

        private final EvalContext context = workspaceOf(
                "shop/templated {{ .Values.t }}", "shop/open NodePort", "shop/plain -", "shop/wrong Ingress");

        @Test
        void aServiceWhoseTypeIsTemplatedIsNeverSelectedByType() {
            EvaluationResult result = services().that().haveType("NodePort").should(flagEverySubject()).evaluate(context);

            assertThat(subjectsOf(result)).containsExactly("Service shop/open");
            assertThat(result.checkedSubjects()).isEqualTo(1);
        }

        @Test
        void aServiceWhoseTypeIsTemplatedIsNotTakenForTheDefaultClusterIp() {
            EvaluationResult result = services().that().haveType("ClusterIP").should(flagEverySubject()).evaluate(context);

            assertThat(subjectsOf(result)).containsExactly("Service shop/plain");
        }

        @Test
        void aServiceWhoseTypeIsTemplatedIsNeverFlagged() {
            EvaluationResult nodePorts = services().should().notBeExposedThroughNodePorts().evaluate(context);
            EvaluationResult validTypes = services().should().haveAValidType().evaluate(context);

            assertThat(subjectsOf(nodePorts)).containsExactly("Service shop/open");
            assertThat(subjectsOf(validTypes)).containsExactly("Service shop/wrong");
        }

        @Test
        void aPredicateAnsweringUnknownSelectsNothing() {
            DescribedPredicate<Service> cannotTell = DescribedPredicate.of("cannot tell", (s, c) -> Tri.UNKNOWN);

            EvaluationResult result = services().that(cannotTell).should(flagEverySubject()).evaluate(context);

            assertThat(result.violations()).isEmpty();
            assertThat(result.checkedSubjects()).isZero();
        }

        @Test
        void negatingAnUnknownAnswerStillSelectsNothing() {
            DescribedPredicate<Service> cannotTell = DescribedPredicate.of("cannot tell", (s, c) -> Tri.UNKNOWN);

            EvaluationResult result = services().that(DescribedPredicate.not(cannotTell)).should(flagEverySubject())
                    .evaluate(context);

            assertThat(result.checkedSubjects()).isZero();
        }
    }

    @Nested
    class Combination {

        private final EvalContext context = workspaceOf(
                "a/a-nodeport NodePort", "a/a-clusterip ClusterIP", "b/b-nodeport NodePort", "c/c-nodeport NodePort",
                "c/c-clusterip ClusterIP");

        @Test
        void orThenAndGroupsFromTheLeft() {
            // (in a OR in b) AND NodePort; with AND binding tighter, a/a-clusterip would be selected too
            EvaluationResult result = services().that().areInNamespace("a").or().areInNamespace("b")
                    .and().haveType("NodePort").should(flagEverySubject()).evaluate(context);

            assertThat(subjectsOf(result)).containsExactly("Service a/a-nodeport", "Service b/b-nodeport");
        }

        @Test
        void andThenOrGroupsFromTheLeft() {
            // (in a AND NodePort) OR in c
            EvaluationResult result = services().that().areInNamespace("a").and().haveType("NodePort")
                    .or().areInNamespace("c").should(flagEverySubject()).evaluate(context);

            assertThat(subjectsOf(result))
                    .containsExactly("Service a/a-nodeport", "Service c/c-nodeport", "Service c/c-clusterip");
        }
    }

    @Nested
    class OwnPredicatesAndConditions {

        private final EvalContext context = workspaceOf("shop/web NodePort", "shop/api NodePort", "ops/web ClusterIP");

        @Test
        void ownPredicateSelectsThroughMatchAndDescribesItself() {
            DescribedPredicate<Service> namedWeb = DescribedPredicate.of("are named 'web'",
                    (s, c) -> Tri.of(s.name().equals("web")));

            LintRule rule = services().that().match(namedWeb).and().haveType("NodePort").should(flagEverySubject());

            assertThat(rule.description()).isEqualTo("services that are named 'web' and have type 'NodePort' should be flagged");
            assertThat(subjectsOf(rule.evaluate(context))).containsExactly("Service shop/web");
        }

        @Test
        void ownConditionReportsThroughBeAtTheLocationItChooses() {
            Condition<Service> clusterIpOnly = new Condition<>("be of type 'ClusterIP'") {
                @Override
                public void check(Service service, EvalContext context, ConditionEvents events) {
                    if (!"ClusterIP".equals(service.effectiveType().orNull())) {
                        events.violation(service, service.type(), service.describe() + " is a " + service.effectiveType().orNull());
                    }
                }
            };

            LintRule rule = services().that().areInNamespace("shop").should().be(clusterIpOnly);
            EvaluationResult result = rule.evaluate(context);

            assertThat(rule.description()).isEqualTo("services that are in namespace 'shop' should be of type 'ClusterIP'");
            assertThat(result.violations()).extracting(Violation::message)
                    .containsExactly("Service shop/web is a NodePort", "Service shop/api is a NodePort");
            assertThat(result.violations()).extracting(Violation::location) // at each spec.type value
                    .containsExactly(new Location(FILE, 6, 9, 6, 19), new Location(FILE, 13, 9, 13, 19));
            assertThat(result.checkedSubjects()).isEqualTo(2);
        }

        @Test
        void ownConditionFinishesOnceAfterEverySubjectWasChecked() {
            Condition<Service> atMostOneNodePort = new Condition<>("be the only NodePort") {
                @Override
                public void check(Service service, EvalContext context, ConditionEvents events) {
                    if ("NodePort".equals(service.effectiveType().orNull())) {
                        events.<List<Service>>state(this, java.util.ArrayList::new).add(service);
                    }
                }

                @Override
                public void finish(EvalContext context, ConditionEvents events) {
                    List<Service> nodePorts = events.state(this, java.util.ArrayList::new);
                    for (Service extra : nodePorts.subList(Math.min(1, nodePorts.size()), nodePorts.size())) {
                        events.violation(extra, extra, "one of " + nodePorts.size() + " NodePorts");
                    }
                }
            };

            EvaluationResult result = services().should().be(atMostOneNodePort).evaluate(context);

            assertThat(result.violations()).extracting(Violation::message).containsExactly("one of 2 NodePorts");
        }
    }
}
