package dev.netlint.core.parse.terraform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names an expression may see besides module-level ones: {@code count.index}, {@code each.key}/{@code each.value}
 * of the resource instance, the iterators of enclosing {@code dynamic} blocks, or, for {@code templatefile()}, only
 * the template's variables. A null count or each value means "not inside such a resource".
 */
record Bindings(TfValue countIndex, TfValue eachKey, TfValue eachValue, Map<String, TfValue> iterators,
                boolean templateOnly) {

    static final Bindings NONE = new Bindings(null, null, null, Map.of(), false);

    Bindings {
        iterators = Map.copyOf(iterators);
    }

    static Bindings forCount(TfValue index) {
        return new Bindings(index, null, null, Map.of(), false);
    }

    static Bindings forEach(TfValue key, TfValue value) {
        return new Bindings(null, key, value, Map.of(), false);
    }

    /** Only these names are visible: {@code templatefile}'s variables. */
    static Bindings templateVariables(Map<String, TfValue> variables) {
        return new Bindings(null, null, null, variables, true);
    }

    /** Adds a {@code dynamic} block's iterator ({@code egress.key}, {@code egress.value}). */
    Bindings withIterator(String name, TfValue iterator) {
        Map<String, TfValue> extended = new LinkedHashMap<>(iterators);
        extended.put(name, iterator);
        return new Bindings(countIndex, eachKey, eachValue, extended, templateOnly);
    }
}
