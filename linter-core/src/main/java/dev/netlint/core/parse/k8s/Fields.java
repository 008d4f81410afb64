package dev.netlint.core.parse.k8s;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed values out of a positioned manifest tree. A scalar that still holds a template expression
 * ({@code {{ .Values.type }}}) is unknown, never a literal: linting it as one would invent findings.
 */
final class Fields {

    private Fields() {}

    static Value<String> string(PMap map, String key, Location whenAbsent) {
        if (map == null) {
            return Value.absent(whenAbsent);
        }
        return string(map.get(key), whenAbsent);
    }

    static Value<String> string(PNode node, Location whenAbsent) {
        if (node == null) {
            return Value.absent(whenAbsent);
        }
        PScalar scalar = node.asScalar();
        if (scalar == null) {
            return Value.unknown("not a scalar", node.location());
        }
        if (scalar.isNull()) {
            return Value.absent(whenAbsent);
        }
        if (scalar.isUnknown()) {
            return Value.unknown(scalar.unknownReason(), scalar.location());
        }
        if (isTemplated(scalar.text())) {
            return Value.unknown("template expression " + scalar.text().trim(), scalar.location());
        }
        return Value.known(scalar.text(), scalar.location());
    }

    static Value<Integer> integer(PMap map, String key, Location whenAbsent) {
        Value<String> text = string(map, key, whenAbsent);
        if (!(text instanceof Value.Known<String> known)) {
            return text.map(s -> null);
        }
        try {
            return Value.known(Integer.valueOf(known.value().trim()), known.location());
        } catch (NumberFormatException e) {
            return Value.unknown("not a number: " + known.value(), known.location());
        }
    }

    static Value<Boolean> bool(PMap map, String key, Location whenAbsent) {
        Value<String> text = string(map, key, whenAbsent);
        if (!(text instanceof Value.Known<String> known)) {
            return text.map(s -> null);
        }
        return switch (known.value()) {
            case "true" -> Value.known(true, known.location());
            case "false" -> Value.known(false, known.location());
            default -> Value.unknown("not a boolean: " + known.value(), known.location());
        };
    }

    static List<Value<String>> strings(PMap map, String key) {
        PList list = map == null ? null : map.list(key);
        if (list == null) {
            return List.of();
        }
        List<Value<String>> values = new ArrayList<>();
        for (PNode item : list.items()) {
            values.add(string(item, item.location()));
        }
        return values;
    }

    /** A string-to-string map such as annotations, labels or a selector. */
    static Map<String, Value<String>> stringMap(PMap map, String key) {
        PMap entries = map == null ? null : map.map(key);
        if (entries == null) {
            return Map.of();
        }
        Map<String, Value<String>> values = new LinkedHashMap<>();
        for (PMap.Entry entry : entries.entries().values()) {
            values.put(entry.key(), string(entry.value(), entry.keyLocation()));
        }
        return values;
    }

    static List<PMap> maps(PMap map, String key) {
        PList list = map == null ? null : map.list(key);
        if (list == null) {
            return List.of();
        }
        List<PMap> maps = new ArrayList<>();
        for (PNode item : list.items()) {
            if (item.asMap() != null) {
                maps.add(item.asMap());
            }
        }
        return maps;
    }

    /** A Helm/Go template action, or a Terraform templatefile() interpolation ({@code ${name}}). */
    static boolean isTemplated(String text) {
        return text.contains("{{") || text.contains("${");
    }
}
