package dev.netlint.core.lang.words;

import static dev.netlint.core.lang.words.Words.allOf;
import static dev.netlint.core.lang.words.Words.anyOf;
import static dev.netlint.core.lang.words.Words.cidrWithin;
import static dev.netlint.core.lang.words.Words.equalTo;
import static dev.netlint.core.lang.words.Words.have;
import static dev.netlint.core.lang.words.Words.haveAnnotation;
import static dev.netlint.core.lang.words.Words.not;
import static dev.netlint.core.lang.words.Words.openToInternet;
import static dev.netlint.core.lang.words.Words.port;
import static dev.netlint.core.lang.words.Words.portRange;
import static dev.netlint.core.lang.words.Words.tcp;
import static dev.netlint.core.lang.words.Words.udp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.k8s.ObjectMeta;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import dev.netlint.core.source.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generic words answer in three values: what is not known stays unknown through not, anyOf, allOf and have,
 * so it is never selected and never reported; what is absent is not there.
 */
class WordsTest {

    private static final EvalContext CONTEXT = new EvalContext(Workspace.builder().build(), LintSettings.DEFAULTS);
    private static final Location AT = Location.at("svc.yaml", 1, 1);

    private static <T> Value<T> known(T value) {
        return Value.known(value, AT);
    }

    private static <T> Value<T> unknown() {
        return Value.unknown("template expression", AT);
    }

    private static Service service(Value<String> policy, List<ServicePort> ports, Map<String, Value<String>> annotations) {
        ObjectMeta meta = new ObjectMeta("v1", "Service", "shop", "web", annotations, Map.of(), AT, AT, null);
        return new Service(meta, known("LoadBalancer"), ports, policy, List.of(), List.of(), Value.absent(AT),
                Value.absent(AT), Value.absent(AT), Value.absent(AT), List.of(), Map.of());
    }

    private static ServicePort servicePort(Value<Integer> number, Value<String> protocol) {
        return new ServicePort(Value.absent(AT), number, Value.absent(AT), Value.absent(AT), protocol, AT);
    }

    private static SgRule ingress(String protocol, int from, int to, List<Value<String>> cidrs) {
        return new SgRule(SgRule.Direction.INGRESS, SgRule.Origin.INLINE, known(protocol), known(from), known(to),
                cidrs, List.of(), List.of(), false, List.of(), "aws_security_group.nodes", AT);
    }

    private static <T> Tri test(DescribedPredicate<T> predicate, T element) {
        return predicate.test(element, CONTEXT);
    }

    @Test
    void aFieldThatIsNotKnownStaysUnknownThroughLogic() {
        Service templated = service(unknown(), List.of(), Map.of());
        DescribedPredicate<Service> local = have("spec.externalTrafficPolicy", equalTo("Local"));
        assertThat(test(local, templated)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(not(local), templated)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(Words.<Service>anyOf(local, haveAnnotation("x")), templated)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(Words.<Service>allOf(local, haveAnnotation("x")), templated)).isEqualTo(Tri.FALSE);
        assertThat(test(Words.<Service>anyOf(local, not(haveAnnotation("x"))), templated)).isEqualTo(Tri.TRUE);
    }

    @Test
    void anAbsentFieldDoesNotHaveTheValue() {
        Service plain = service(Value.absent(AT), List.of(), Map.of());
        assertThat(test(have("spec.externalTrafficPolicy", equalTo("Local")), plain)).isEqualTo(Tri.FALSE);
        assertThat(test(have("spec.ports", port(22)), plain)).isEqualTo(Tri.FALSE);
    }

    @Test
    void aListFieldHasWhatOneEntryHas() {
        Service web = service(known("Cluster"), List.of(servicePort(known(443), Value.absent(AT)),
                servicePort(unknown(), known("TCP")), servicePort(known(53), known("UDP"))), Map.of());
        assertThat(test(have("spec.ports", tcp(443)), web)).isEqualTo(Tri.TRUE);
        assertThat(test(have("spec.ports", udp(53)), web)).isEqualTo(Tri.TRUE);
        assertThat(test(have("spec.ports", tcp(53)), web)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(have("spec.ports", portRange(30000, 32767)), web)).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void securityGroupRulesMatchPortsAndBlocks() {
        SgRule open = ingress("tcp", 10250, 10250, List.of(known("0.0.0.0/0")));
        SgRule office = ingress("-1", 0, 0, List.of(known("10.1.0.0/16"), known("203.0.113.0/24")));
        SgRule templated = ingress("tcp", 443, 443, List.of(unknown()));
        SgRule groupsOnly = ingress("tcp", 443, 443, List.of());
        assertThat(test(tcp(10250), (Object) open)).isEqualTo(Tri.TRUE);
        assertThat(test(udp(10250), (Object) open)).isEqualTo(Tri.FALSE);
        assertThat(test(portRange(30000, 32767), (Object) office)).isEqualTo(Tri.TRUE);
        assertThat(test(openToInternet(), (Object) open)).isEqualTo(Tri.TRUE);
        assertThat(test(openToInternet(), (Object) office)).isEqualTo(Tri.FALSE);
        assertThat(test(cidrWithin("10.0.0.0/8"), (Object) office)).isEqualTo(Tri.FALSE);
        assertThat(test(cidrWithin("10.0.0.0/8"), (Object) templated)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(openToInternet(), (Object) templated)).isEqualTo(Tri.UNKNOWN);
        assertThat(test(cidrWithin("10.0.0.0/8"), (Object) groupsOnly)).isEqualTo(Tri.TRUE);
        assertThat(test(openToInternet(), (Object) groupsOnly)).isEqualTo(Tri.FALSE);
    }

    @Test
    void anUnknownFieldNameOrRangeIsRefusedWhenTheRuleIsBuilt() {
        assertThatThrownBy(() -> have("spec.healthcheckNodePort", equalTo(1)))
                .hasMessageContaining("unknown field 'spec.healthcheckNodePort'")
                .hasMessageContaining("spec.externalTrafficPolicy");
        assertThatThrownBy(() -> cidrWithin("ten.0.0.0/8")).hasMessageContaining("is not a CIDR block");
        assertThatThrownBy(() -> portRange(32767, 30000)).hasMessageContaining("from is above to");
    }

    @Test
    void describesItselfInEnglish() {
        assertThat(Words.<Service>not(have("spec.ports", anyOf(tcp(22), port(23)))).description())
                .isEqualTo("not have spec.ports with (tcp 22 or port 23)");
        assertThat(Words.<Service>allOf(haveAnnotation("a", "b"), haveAnnotation("c")).description())
                .isEqualTo("(have annotation 'a' = 'b' and have annotation 'c')");
    }
}
