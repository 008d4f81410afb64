package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.HelmRelease;
import dev.netlint.core.parse.hcl.HclExpr;
import java.util.LinkedHashMap;
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
