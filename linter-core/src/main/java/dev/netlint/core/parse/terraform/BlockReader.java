package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclBody;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to one block body of a resource instance: its settings as model {@link Value}s and its nested
 * blocks, with {@code dynamic} blocks expanded when their collection is known. A setting that is not written is
 * absent at {@code location} (the block's header), so "missing" findings point at the block.
 */
final class BlockReader {

    private final TfEvaluator evaluator;
    private final HclBody body;
    private final Bindings bindings;
    private final Location location;

    BlockReader(TfEvaluator evaluator, HclBody body, Bindings bindings, Location location) {
        this.evaluator = evaluator;
        this.body = body;
        this.bindings = bindings;
        this.location = location;
    }

    static BlockReader of(TfEvaluator evaluator, ResourceInstance instance) {
        return new BlockReader(instance.evaluator() != null ? instance.evaluator() : evaluator,
                instance.block().body(), instance.bindings(), instance.block().location());
    }

    Location location() {
        return location;
    }

    /** The written expression of a setting, if any. */
    Optional<HclExpr> expr(String name) {
        return body.attribute(name).map(HclAttribute::expr);
    }

    boolean has(String name) {
        return body.attribute(name).isPresent();
    }

    /** The evaluated setting, located at its expression; null when it is not written. */
    TfValue value(String name) {
        return body.attribute(name).map(a -> evaluator.charge(
                evaluator.evaluate(a.expr(), bindings).at(a.expr().location()))).orElse(null);
    }

    /** The setting's expression as written, unevaluated (empty when it is not written). */
    Optional<HclExpr> written(String name) {
        return body.attribute(name).map(HclAttribute::expr);
    }

    /** The evaluated setting with references kept as references; null when it is not written. */
    TfValue reference(String name) {
        return body.attribute(name).map(a -> evaluator.charge(
                evaluator.evaluateReference(a.expr(), bindings).at(a.expr().location()))).orElse(null);
    }

    Value<String> string(String name) {
        TfValue value = value(name);
        return value == null ? Value.absent(location) : ModelValues.string(value);
    }

    Value<Integer> integer(String name) {
        TfValue value = value(name);
        return value == null ? Value.absent(location) : ModelValues.integer(value);
    }

    Value<Boolean> bool(String name) {
        TfValue value = value(name);
        return value == null ? Value.absent(location) : ModelValues.bool(value);
    }

    Value<ResourceRef> ref(String name) {
        TfValue value = reference(name);
        return value == null ? Value.absent(location) : ModelValues.ref(value);
    }

    Value<List<Value<String>>> strings(String name) {
        TfValue value = value(name);
        return value == null ? Value.absent(location) : ModelValues.strings(value);
    }

    Value<List<Value<ResourceRef>>> refs(String name) {
        TfValue value = reference(name);
        return value == null ? Value.absent(location) : ModelValues.refs(value);
    }

    Map<String, Value<String>> stringMap(String name) {
        TfValue value = value(name);
        return value == null ? Map.of() : ModelValues.stringMap(value);
    }

    /**
     * An index into a data source's list attribute ({@code data.aws_availability_zones.available.names[0]}, also
     * {@code element(data...names, 1)}), as a canonical text with the index evaluated; absent when the setting is
     * not written that way, unknown when the index cannot be worked out.
     */
    Value<String> dataSourceIndex(String name) {
        Optional<HclAttribute> attribute = body.attribute(name);
        if (attribute.isEmpty()) {
            return Value.absent(location);
        }
        HclExpr expr = unwrap(attribute.get().expr());
        HclExpr.Traversal traversal;
        HclExpr indexExpr;
        if (expr instanceof HclExpr.Traversal t && t.steps().size() == 4
                && t.steps().get(3) instanceof HclExpr.TraversalStep.Index index) {
            traversal = t;
            indexExpr = index.key();
        } else if (expr instanceof HclExpr.FunctionCall call && call.name().equals("element")
                && call.arguments().size() == 2 && unwrap(call.arguments().get(0)) instanceof HclExpr.Traversal t
                && t.steps().size() == 3) {
            traversal = t;
            indexExpr = call.arguments().get(1);
        } else {
            return Value.absent(location);
        }
        if (!traversal.root().equals("data")) {
            return Value.absent(location);
        }
        StringBuilder text = new StringBuilder("data");
        for (int i = 0; i < 3; i++) {
            if (!(traversal.steps().get(i) instanceof HclExpr.TraversalStep.GetAttr attr)) {
                return Value.absent(location);
            }
            text.append('.').append(attr.name());
        }
        java.math.BigInteger index = TfFunctions.integerOrNull(evaluator.evaluate(indexExpr, bindings));
        Location at = attribute.get().expr().location();
        if (index == null) {
            return Value.unknown("the index into " + text + " is not known", at);
        }
        return Value.known(text.append('[').append(index).append(']').toString(), at);
    }

    private static HclExpr unwrap(HclExpr expr) {
        HclExpr current = expr;
        while (true) {
            if (current instanceof HclExpr.Parenthesized p) {
                current = p.inner();
            } else if (current instanceof HclExpr.Template t && t.parts().size() == 1
                    && !(t.parts().get(0) instanceof HclExpr.Literal)) {
                current = t.parts().get(0);
            } else {
                return current;
            }
        }
    }

    /** True when the body writes {@code type} in any form: a block, a {@code dynamic} block or an attribute. */
    boolean writes(String type) {
        return !body.blocks(type).isEmpty() || body.attribute(type).isPresent()
                || body.blocks("dynamic").stream().anyMatch(d -> type.equals(d.label(0)));
    }

    /** The nested blocks of one type: written ones, expanded {@code dynamic} ones, and those that cannot be known. */
    NestedBlocks blocks(String type) {
        List<BlockReader> known = new ArrayList<>();
        List<Location> unknown = new ArrayList<>();
        for (HclBlock block : body.blocks(type)) {
            known.add(new BlockReader(evaluator, block.body(), bindings, block.location()));
        }
        for (HclBlock dynamic : body.blocks("dynamic")) {
            if (type.equals(dynamic.label(0))) {
                expandDynamic(dynamic, type, known, unknown);
            }
        }
        if (known.isEmpty() && unknown.isEmpty()) {
            body.attribute(type).ifPresent(attribute -> attributeAsBlocks(attribute, known, unknown));
        }
        return new NestedBlocks(List.copyOf(known), List.copyOf(unknown));
    }

    /** The first nested block of a type, if it is written as a block (or a JSON object attribute). */
    Optional<BlockReader> block(String type) {
        NestedBlocks nested = blocks(type);
        return nested.known().isEmpty() ? Optional.empty() : Optional.of(nested.known().get(0));
    }

    private void expandDynamic(HclBlock dynamic, String type, List<BlockReader> known, List<Location> unknown) {
        Optional<HclBlock> content = dynamic.body().blocks("content").stream().findFirst();
        Optional<HclAttribute> forEach = dynamic.body().attribute("for_each");
        if (content.isEmpty() || forEach.isEmpty()) {
            return;
        }
        String iterator = dynamic.body().attribute("iterator")
                .map(HclAttribute::expr)
                .filter(HclExpr.Traversal.class::isInstance)
                .map(e -> ((HclExpr.Traversal) e).root())
                .orElse(type);
        TfValue collection = evaluator.charge(evaluator.evaluate(forEach.get().expr(), bindings));
        // key and value of each iteration, in order (keys are distinct: indexes, or the keys of a map)
        List<Map.Entry<TfValue, TfValue>> entries = new ArrayList<>();
        if (collection instanceof ListV list) {
            for (int i = 0; i < list.items().size(); i++) {
                entries.add(Map.entry(new Num(BigDecimal.valueOf(i), list.location()), list.items().get(i)));
            }
        } else if (collection instanceof MapV map) {
            evaluator.forEachEntries(map).orElseThrow()
                    .forEach((key, value) -> entries.add(Map.entry(new TfValue.Str(key, map.location()), value)));
        } else {
            unknown.add(dynamic.location());
            return;
        }
        for (Map.Entry<TfValue, TfValue> entry : entries) {
            Map<String, TfValue> iteratorValue = new LinkedHashMap<>();
            iteratorValue.put("key", entry.getKey());
            iteratorValue.put("value", entry.getValue());
            Bindings inner = bindings.withIterator(iterator, new MapV(iteratorValue, dynamic.location()));
            known.add(new BlockReader(evaluator, content.get().body(), inner, dynamic.location()));
        }
    }

    /**
     * A nested block written as an attribute: {@code egress = [{...}]} (Terraform's "attributes as blocks" mode) or
     * any object in JSON syntax. Objects become readable bodies; anything not written literally is unknown.
     */
    private void attributeAsBlocks(HclAttribute attribute, List<BlockReader> known, List<Location> unknown) {
        HclExpr expr = attribute.expr();
        List<HclExpr> objects = new ArrayList<>();
        if (expr instanceof HclExpr.ObjectCons) {
            objects.add(expr);
        } else if (expr instanceof HclExpr.TupleCons tuple) {
            objects.addAll(tuple.items());
        } else {
            TfValue value = evaluator.evaluate(expr, bindings);
            if (!(value instanceof ListV list && list.items().isEmpty()) && !(value instanceof TfValue.Null)) {
                unknown.add(expr.location());
            }
            return;
        }
        for (HclExpr item : objects) {
            if (item instanceof HclExpr.ObjectCons object) {
                known.add(new BlockReader(evaluator, bodyOf(object), bindings, object.location()));
            } else {
                unknown.add(item.location());
            }
        }
    }

    private HclBody bodyOf(HclExpr.ObjectCons object) {
        List<HclAttribute> attributes = new ArrayList<>();
        for (HclExpr.ObjectItem item : object.items()) {
            if (item.key() instanceof HclExpr.Literal literal && literal.value() instanceof String key) {
                Location keyAt = literal.location();
                Location end = item.value().location();
                attributes.add(new HclAttribute(key, item.value(),
                        keyAt.withEnd(end.endLine(), end.endColumn())));
            }
        }
        return new HclBody(attributes, List.of());
    }

    /** Nested blocks: readable ones, and the places of blocks that exist but cannot be known ({@code dynamic}). */
    record NestedBlocks(List<BlockReader> known, List<Location> unknown) {}
}
