package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.terraform.TfValue.Bool;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Null;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.parse.terraform.TfValue.Ref;
import dev.netlint.core.parse.terraform.TfValue.Str;
import dev.netlint.core.parse.terraform.TfValue.Unknown;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * {@code for} expressions and splats, evaluated as Terraform does: a map is iterated in lexical key order, a list or
 * set in its order; {@code [for ...]} gives a list, {@code {for ... : k => v}} an object ({@code v...} groups values
 * of equal keys into lists; a repeated key without {@code ...} is an error Terraform reports, so a failed value). An
 * unknown collection, key or {@code if} condition makes the whole result unknown; an unknown element value stays
 * unknown inside a known result. A splat applies its step to every element of a list, to nothing for null and to the
 * value itself otherwise.
 */
final class TfForExpressions {

    /** The name under which a splat's current element is bound; no Terraform identifier contains a NUL. */
    static final String SPLAT_ITEM = "\u0000splat";

    /** Iterations one {@code for} expression may make; a larger collection gives unknown rather than a long run. */
    private static final int MAX_ITEMS = 100_000;

    /**
     * Elements all {@code for} expressions and splats of one module instance may visit together: nested loops over
     * large collections give unknown instead of running for long (real modules visit a few hundred).
     */
    static final long MAX_TOTAL_ITERATIONS = 1_000_000;

    private final BiFunction<HclExpr, Bindings, TfValue> evaluate;
    private long iterations;

    TfForExpressions(BiFunction<HclExpr, Bindings, TfValue> evaluate) {
        this.evaluate = evaluate;
    }

    TfValue forExpression(HclExpr.ForExpr expr, Bindings bindings) {
        Location at = expr.location();
        if (expr.collection() == null || expr.value() == null) {
            return TfValue.unknown("for expression", at);
        }
        TfValue collection = evaluate.apply(expr.collection(), bindings);
        List<TfValue[]> elements = new ArrayList<>();
        if (collection instanceof MapV map) {
            new TreeMap<>(map.entries()).forEach((k, v) -> elements.add(new TfValue[] {new Str(k, at), v}));
        } else if (collection instanceof ListV list) {
            for (int i = 0; i < list.items().size(); i++) {
                elements.add(new TfValue[] {new Num(BigDecimal.valueOf(i), at), list.items().get(i)});
            }
        } else if (collection instanceof Null) {
            return TfValue.failed("for expression over null", at);
        } else if (collection instanceof Unknown || collection instanceof Ref) {
            return TfFunctions.unknownFrom(collection, at);
        } else {
            return TfValue.failed("for expression over a " + kind(collection), at);
        }
        if (elements.size() > MAX_ITEMS || !spend(elements.size())) {
            return TfValue.unknown("for expression over more than " + MAX_ITEMS + " elements, or more than "
                    + MAX_TOTAL_ITERATIONS + " in one module", at);
        }
        List<TfValue> items = new ArrayList<>();
        Map<String, TfValue> entries = new LinkedHashMap<>();
        Map<String, List<TfValue>> groups = new LinkedHashMap<>();
        for (TfValue[] element : elements) {
            Bindings inner = bindings;
            if (expr.keyVariable() != null) {
                inner = inner.withIterator(expr.keyVariable(), element[0]);
            }
            inner = inner.withIterator(expr.valueVariable(), element[1]);
            if (expr.condition() != null) {
                TfValue test = evaluate.apply(expr.condition(), inner);
                Optional<Boolean> keep = asBool(test);
                if (keep.isEmpty()) {
                    return test.isWhollyKnown() ? TfValue.failed("for expression condition is not a bool", at)
                            : TfFunctions.unknownFrom(test, at);
                }
                if (!keep.get()) {
                    continue;
                }
            }
            if (!expr.producesObject()) {
                items.add(evaluate.apply(expr.value(), inner));
                continue;
            }
            TfValue keyValue = evaluate.apply(expr.key(), inner);
            Optional<String> key = TfFunctions.asText(keyValue);
            if (key.isEmpty()) {
                return keyValue.isWhollyKnown() && !(keyValue instanceof Null)
                        ? TfValue.failed("for expression key is not a string", at)
                        : keyValue instanceof Null ? TfValue.failed("for expression key is null", at)
                        : TfFunctions.unknownFrom(keyValue, at);
            }
            TfValue value = evaluate.apply(expr.value(), inner);
            if (expr.grouping()) {
                groups.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(value);
            } else if (entries.putIfAbsent(key.get(), value) != null) {
                return TfValue.failed("duplicate key " + key.get() + " in a for expression", at);
            }
        }
        if (!expr.producesObject()) {
            return new ListV(items, at);
        }
        if (expr.grouping()) {
            groups.forEach((k, v) -> entries.put(k, new ListV(v, at)));
        }
        return new MapV(entries, at);
    }

    /** {@code source[*].each}: {@code each} for every element (bound as {@link #SPLAT_ITEM}). */
    TfValue splat(HclExpr.Splat splat, TfValue source, Bindings bindings) {
        Location at = splat.location();
        if (splat.each() == null) {
            return TfValue.unknown("splat expression", at);
        }
        if (source instanceof Unknown || source instanceof Ref) {
            return TfFunctions.unknownFrom(source, at);
        }
        if (source instanceof Null) {
            return new ListV(List.of(), at);
        }
        List<TfValue> elements = source instanceof ListV list ? list.items() : List.of(source);
        if (!spend(elements.size())) {
            return TfValue.unknown("splat over more than " + MAX_TOTAL_ITERATIONS + " elements in one module", at);
        }
        List<TfValue> out = new ArrayList<>(elements.size());
        for (TfValue element : elements) {
            out.add(evaluate.apply(splat.each(), bindings.withIterator(SPLAT_ITEM, element)));
        }
        return new ListV(out, at);
    }

    /** Takes {@code n} iterations from the module's budget; false when it is spent. */
    private boolean spend(int n) {
        iterations += n;
        return iterations <= MAX_TOTAL_ITERATIONS;
    }

    private static Optional<Boolean> asBool(TfValue value) {
        if (value instanceof Bool b) return Optional.of(b.value());
        if (value instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(s.value()));
        }
        return Optional.empty();
    }

    private static String kind(TfValue value) {
        if (value instanceof Str) return "string";
        if (value instanceof Num) return "number";
        if (value instanceof Bool) return "bool";
        return "value";
    }
}
