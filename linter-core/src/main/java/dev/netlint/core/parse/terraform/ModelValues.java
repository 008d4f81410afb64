package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.parse.terraform.TfValue.Bool;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Null;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.parse.terraform.TfValue.Ref;
import dev.netlint.core.parse.terraform.TfValue.Str;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts evaluated values to the common model's {@link Value}s. A null value is absent (Terraform treats it as
 * not written); a reference where a string is wanted is unknown (it is computed at apply time). Conversions follow
 * Terraform's: {@code "443"} is a valid port, {@code "true"} a valid bool.
 */
final class ModelValues {

    private ModelValues() {
    }

    static Value<String> string(TfValue value) {
        if (value instanceof Null) return Value.absent(value.location());
        Optional<String> text = TfFunctions.asText(value);
        return text.isPresent() ? Value.known(text.get(), value.location()) : notKnown(value, "a string");
    }

    static Value<Integer> integer(TfValue value) {
        if (value instanceof Null) return Value.absent(value.location());
        Optional<BigDecimal> number = TfFunctions.asNumber(value);
        if (number.isPresent()) {
            try {
                return Value.known(number.get().intValueExact(), value.location());
            } catch (ArithmeticException e) {
                return Value.unknown("not a whole number: " + number.get(), value.location());
            }
        }
        return notKnown(value, "a number");
    }

    static Value<Boolean> bool(TfValue value) {
        if (value instanceof Null) return Value.absent(value.location());
        if (value instanceof Bool b) return Value.known(b.value(), value.location());
        if (value instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return Value.known(Boolean.parseBoolean(s.value()), value.location());
        }
        return notKnown(value, "a bool");
    }

    /** An id: a reference to a resource of the module, or a literal id written in the source. */
    static Value<ResourceRef> ref(TfValue value) {
        if (value instanceof Null) return Value.absent(value.location());
        if (value instanceof Ref ref) {
            return Value.known(ResourceRef.toResource(ref.address(), ref.attribute()), value.location());
        }
        if (value instanceof Str s) return Value.known(ResourceRef.literal(s.value()), value.location());
        return notKnown(value, "an id");
    }

    static Value<List<Value<String>>> strings(TfValue value) {
        return list(value, ModelValues::string);
    }

    static Value<List<Value<ResourceRef>>> refs(TfValue value) {
        return list(value, ModelValues::ref);
    }

    /** A list setting; each item keeps the location where it was written. */
    static <T> Value<List<Value<T>>> list(TfValue value, java.util.function.Function<TfValue, Value<T>> item) {
        if (value instanceof Null) return Value.absent(value.location());
        if (value instanceof ListV list) {
            List<Value<T>> items = new ArrayList<>(list.items().size());
            list.items().forEach(v -> items.add(item.apply(v)));
            return Value.known(List.copyOf(items), value.location());
        }
        return notKnown(value, "a list");
    }

    /**
     * The items of a list setting, flattened for the model's plain lists (SG rule peers): a list that is not known
     * as a whole becomes a single unknown item, so a reader never mistakes it for an empty list.
     */
    static <T> List<Value<T>> items(TfValue value, java.util.function.Function<TfValue, Value<T>> item) {
        if (value == null || value instanceof Null) {
            return List.of();
        }
        Value<List<Value<T>>> converted = list(value, item);
        if (converted instanceof Value.Known<List<Value<T>>> known) {
            return known.value();
        }
        return List.of(Value.unknown(converted instanceof Value.Unknown<?> u ? u.reason() : "not a list",
                value.location()));
    }

    /** A map of strings ({@code tags}, {@code labels}); entries that are not known are kept as unknown. */
    static Map<String, Value<String>> stringMap(TfValue value) {
        Map<String, Value<String>> result = new LinkedHashMap<>();
        if (value instanceof MapV map) {
            map.entries().forEach((key, entry) -> result.put(key, string(entry)));
        }
        return result;
    }

    private static <T> Value<T> notKnown(TfValue value, String wanted) {
        if (value instanceof TfValue.Unknown unknown) {
            return Value.unknown(unknown.reason(), value.location());
        }
        if (value instanceof Ref ref) {
            return Value.unknown("computed attribute " + ref.address() + "." + ref.attribute(), value.location());
        }
        return Value.unknown("not " + wanted, value.location());
    }

    /** Combines two optional list settings; absent when both are absent, unknown when either is wholly unknown. */
    static <T> Value<List<Value<T>>> union(List<Value<List<Value<T>>>> parts, Location whenAbsent) {
        List<Value<T>> all = new ArrayList<>();
        Location first = null;
        for (Value<List<Value<T>>> part : parts) {
            if (part.isUnknown()) {
                return part;
            }
            if (part instanceof Value.Known<List<Value<T>>> known) {
                all.addAll(known.value());
                first = first == null ? known.location() : first;
            }
        }
        return first == null ? Value.absent(whenAbsent) : Value.known(List.copyOf(all), first);
    }
}
