package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.HelmRelease;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.parse.k8s.K8sMapper;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code helm_release} as the chart values it sets: {@code set} blocks (and the {@code set = [{...}]} list form,
 * {@code dynamic "set"} when its collection is known) win over {@code values}; a {@code values} item written as
 * {@code yamlencode({...})} or {@code jsonencode({...})} is read key by key, each value at the place it is written.
 * Any other item ({@code file("values.yaml")}, a heredoc, a variable) may set any key, so keys netlint did not find
 * are then unknown, never defaulted.
 */
final class HelmReleaseMapper {

    private HelmReleaseMapper() {}

    /**
     * The release, and for the AWS Load Balancer Controller's chart the IngressClass the chart creates (unless
     * {@code createIngressClassResource} is false): named by {@code ingressClass} (default {@code alb}), controller
     * {@code ingress.k8s.aws/alb}, the cluster default when {@code ingressClassConfig.default} is true; located where
     * those values are set, else at the release.
     */
    static List<ModelElement> elements(TfEvaluator evaluator, ResourceInstance instance) {
        HelmRelease release = map(evaluator, instance);
        List<ModelElement> elements = new ArrayList<>();
        elements.add(release);
        Value<String> create = release.value("createIngressClassResource");
        if (release.isLoadBalancerController() && create.orElse("true").test("true"::equals).isTrue()) {
            Value<String> name = release.value("ingressClass");
            Value<String> isDefault = release.value("ingressClassConfig.default");
            Location at = release.location();
            List<PMap.Entry> metadata = new ArrayList<>();
            metadata.add(new PMap.Entry("name", name.isAbsent() ? at : name.location(), scalar(name, "alb")));
            if ("true".equals(isDefault.orNull())) {
                metadata.add(new PMap.Entry("annotations", isDefault.location(), new PMap(List.of(new PMap.Entry(
                        "ingressclass.kubernetes.io/is-default-class", isDefault.location(),
                        new PScalar("true", PScalar.Kind.STRING, isDefault.location()))), isDefault.location())));
            }
            PMap object = new PMap(List.of(
                    new PMap.Entry("apiVersion", at, new PScalar("networking.k8s.io/v1", PScalar.Kind.STRING, at)),
                    new PMap.Entry("kind", at, new PScalar("IngressClass", PScalar.Kind.STRING, at)),
                    new PMap.Entry("metadata", at, new PMap(metadata, at)),
                    new PMap.Entry("spec", at, new PMap(List.of(new PMap.Entry("controller", at,
                            new PScalar("ingress.k8s.aws/alb", PScalar.Kind.STRING, at))), at))), at);
            elements.addAll(new K8sMapper().map(object));
        }
        return elements;
    }

    private static PScalar scalar(Value<String> value, String whenAbsent) {
        if (value instanceof Value.Unknown<String> unknown) {
            return PScalar.unknown("${…}", unknown.reason(), unknown.location());
        }
        return new PScalar(value.isKnown() ? value.orNull() : whenAbsent, PScalar.Kind.STRING, value.location());
    }

    static HelmRelease map(TfEvaluator evaluator, ResourceInstance instance) {
        BlockReader release = BlockReader.of(evaluator, instance);
        TfEvaluator reader = instance.evaluator() != null ? instance.evaluator() : evaluator;
        Map<String, Value<String>> values = new LinkedHashMap<>();
        boolean other = false;
        if (release.expr("values").orElse(null) instanceof HclExpr.TupleCons tuple) {
            for (HclExpr item : tuple.items()) {
                if (item instanceof HclExpr.FunctionCall call && call.arguments().size() == 1
                        && (call.name().equals("yamlencode") || call.name().equals("jsonencode"))) {
                    flatten("", reader.evaluate(call.arguments().get(0), instance.bindings()), values);
                } else {
                    other = true;
                }
            }
        } else if (release.has("values")) {
            other = true;
        }
        BlockReader.NestedBlocks sets = release.blocks("set");
        for (BlockReader set : sets.known()) {
            Value<String> name = set.string("name");
            if (name.isKnown()) {
                values.put(name.orNull(), set.string("value"));
            } else {
                other = true;
            }
        }
        other |= !sets.unknown().isEmpty();
        return new HelmRelease(instance.address(), release.string("chart"), release.string("version"), values, other,
                release.location());
    }

    private static void flatten(String prefix, TfValue value, Map<String, Value<String>> into) {
        if (value instanceof TfValue.MapV map) {
            map.entries().forEach((key, inner) -> flatten(prefix + key + ".", inner, into));
            return;
        }
        if (prefix.isEmpty() || value instanceof TfValue.ListV) {
            return;
        }
        String key = prefix.substring(0, prefix.length() - 1);
        if (!(value instanceof TfValue.Null)) {
            into.put(key, ModelValues.string(value));
        }
    }
}
