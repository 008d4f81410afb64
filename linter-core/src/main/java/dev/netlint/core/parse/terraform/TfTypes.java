package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.terraform.TfValue.Bool;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Null;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.parse.terraform.TfValue.Str;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A variable's value converted to its declared {@code type}, as Terraform converts it before the module sees it:
 * an object type keeps only its declared attributes and gives an omitted or null {@code optional(type, default)}
 * attribute its default (or null); primitives convert between string, number and bool; collections convert their
 * elements. {@code nullable = false} turns a null argument into the default. Whatever does not convert cleanly is
 * left as it is, and unknown parts stay unknown, so conversion never makes a value known that was not.
 */
final class TfTypes {

    /** Type expressions nest a few levels in real modules; deeper ones are not converted. */
    private static final int MAX_DEPTH = 32;

    private TfTypes() {
    }

    /** {@code raw} as the module sees {@code var.x}, per the declaration's {@code type} and {@code nullable}. */
    static TfValue ofVariable(Optional<HclBlock> declaration, TfValue raw, Function<HclExpr, TfValue> evaluate) {
        if (declaration.isEmpty()) {
            return raw;
        }
        TfValue value = raw;
        if (value instanceof Null) {
            Optional<HclAttribute> nullable = declaration.get().body().attribute("nullable");
            Optional<HclAttribute> fallback = declaration.get().body().attribute("default");
            if (nullable.isPresent() && fallback.isPresent()) {
                TfValue flag = evaluate.apply(nullable.get().expr());
                if (flag instanceof Bool b && !b.value()) {
                    value = evaluate.apply(fallback.get().expr());
                }
            }
        }
        Optional<HclAttribute> type = declaration.get().body().attribute("type");
        return type.isEmpty() ? value : convert(value, type.get().expr(), evaluate, 0);
    }

    static TfValue convert(TfValue value, HclExpr type, Function<HclExpr, TfValue> evaluate, int depth) {
        if (depth > MAX_DEPTH || !value.isKnown() || value instanceof TfValue.Ref || value instanceof Null) {
            return value;
        }
        if (type instanceof HclExpr.Traversal t && t.steps().isEmpty()) {
            return switch (t.root()) {
                case "string" -> toStringValue(value);
                case "number" -> toNumber(value);
                case "bool" -> toBool(value);
                default -> value; // any, and the legacy bare list/map/set
            };
        }
        if (!(type instanceof HclExpr.FunctionCall call) || call.arguments().isEmpty()) {
            return value;
        }
        HclExpr inner = call.arguments().get(0);
        switch (call.name()) {
            case "list", "set" -> {
                if (value instanceof ListV list) {
                    List<TfValue> items = new ArrayList<>(list.items().size());
                    list.items().forEach(i -> items.add(convert(i, inner, evaluate, depth + 1)));
                    return new ListV(items, list.location());
                }
                return value;
            }
            case "map" -> {
                if (value instanceof MapV map) {
                    Map<String, TfValue> entries = new LinkedHashMap<>();
                    map.entries().forEach((k, v) -> entries.put(k, convert(v, inner, evaluate, depth + 1)));
                    return new MapV(entries, map.location());
                }
                return value;
            }
            case "tuple" -> {
                if (value instanceof ListV list && inner instanceof HclExpr.TupleCons types
                        && types.items().size() == list.items().size()) {
                    List<TfValue> items = new ArrayList<>(list.items().size());
                    for (int i = 0; i < list.items().size(); i++) {
                        items.add(convert(list.items().get(i), types.items().get(i), evaluate, depth + 1));
                    }
                    return new ListV(items, list.location());
                }
                return value;
            }
            case "object" -> {
                return value instanceof MapV map && inner instanceof HclExpr.ObjectCons attributes
                        ? object(map, attributes, evaluate, depth) : value;
            }
            case "optional" -> {
                return convert(value, inner, evaluate, depth + 1);
            }
            default -> {
                return value;
            }
        }
    }

    private static TfValue object(MapV map, HclExpr.ObjectCons attributes, Function<HclExpr, TfValue> evaluate,
                                  int depth) {
        Map<String, TfValue> entries = new LinkedHashMap<>();
        for (HclExpr.ObjectItem attribute : attributes.items()) {
            if (!(attribute.key() instanceof HclExpr.Literal literal) || !(literal.value() instanceof String name)) {
                return map; // a computed attribute name: not a type netlint reads
            }
            HclExpr attributeType = attribute.value();
            TfValue given = map.entries().get(name);
            boolean optional = attributeType instanceof HclExpr.FunctionCall call && call.name().equals("optional");
            if (given == null || given instanceof Null) {
                if (!optional) {
                    entries.put(name, given == null
                            ? TfValue.failed("attribute " + name + " is required", map.location()) : given);
                    continue;
                }
                HclExpr.FunctionCall call = (HclExpr.FunctionCall) attributeType;
                if (call.arguments().size() > 1) {
                    TfValue fallback = evaluate.apply(call.arguments().get(1));
                    entries.put(name, convert(fallback, call.arguments().get(0), evaluate, depth + 1));
                } else {
                    entries.put(name, new Null(given == null ? map.location() : given.location()));
                }
                continue;
            }
            entries.put(name, convert(given, attributeType, evaluate, depth + 1));
        }
        return new MapV(entries, map.location());
    }

    private static TfValue toStringValue(TfValue value) {
        if (value instanceof Num n) return new Str(n.text(), n.location());
        if (value instanceof Bool b) return new Str(String.valueOf(b.value()), b.location());
        return value;
    }

    private static TfValue toNumber(TfValue value) {
        if (value instanceof Str s) {
            try {
                return new Num(new BigDecimal(s.value().trim()), s.location());
            } catch (NumberFormatException e) {
                return TfValue.failed("\"" + s.value() + "\" is not a number", s.location());
            }
        }
        return value;
    }

    private static TfValue toBool(TfValue value) {
        if (value instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return new Bool(Boolean.parseBoolean(s.value()), s.location());
        }
        return value;
    }
}
