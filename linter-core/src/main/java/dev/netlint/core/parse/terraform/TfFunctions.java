package dev.netlint.core.parse.terraform;

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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Terraform functions netlint evaluates. All are pure except the file readers, which go through
 * {@link ModuleFiles}. A function netlint does not know, or arguments that are not known, give an unknown value;
 * arguments Terraform would reject give a failed unknown, which {@code try()} skips.
 */
final class TfFunctions {

    /** Renders a template file's text with its variables ({@code templatefile}). */
    @FunctionalInterface
    interface TemplateRenderer {
        TfValue render(String template, Map<String, TfValue> variables, Location at);
    }

    private final ModuleFiles files;
    private final TemplateRenderer templates;

    TfFunctions(ModuleFiles files, TemplateRenderer templates) {
        this.files = files;
        this.templates = templates;
    }

    TfValue call(String name, List<TfValue> args, Location at) {
        switch (name) {
            case "try":
                return tryFunction(args, at);
            case "coalesce":
                return coalesce(args, at);
            case "concat":
                return concat(args, at);
            case "merge":
                return merge(args, at);
            case "tolist":
                return single(args, at) instanceof ListV list ? list.at(at) : notAList(args, at);
            case "toset":
                return toset(args, at);
            case "flatten":
                return flatten(args, at);
            case "element":
                return element(args, at);
            case "lookup":
                return lookup(args, at);
            case "length":
                return length(args, at);
            case "distinct":
                return distinct(args, at);
            case "compact":
                return compact(args, at);
            case "coalescelist":
                return coalescelist(args, at);
            default:
                TfValue more = TfMoreFunctions.call(name, args, at);
                if (more != null) {
                    return more;
                }
                break;
        }
        Optional<TfValue> notKnown = firstNotWhollyKnown(args, at);
        if (notKnown.isPresent()) {
            return notKnown.get();
        }
        return switch (name) {
            case "jsonencode" -> args.size() == 1 ? new Str(Json.encode(args.get(0)), at) : arity(name, at);
            case "base64encode" -> text(args, 0).map(s -> (TfValue) new Str(
                    Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)), at)).orElse(arity(name, at));
            case "base64decode" -> base64decode(args, at);
            case "lower" -> text(args, 0).map(s -> (TfValue) new Str(s.toLowerCase(Locale.ROOT), at)).orElse(arity(name, at));
            case "upper" -> text(args, 0).map(s -> (TfValue) new Str(s.toUpperCase(Locale.ROOT), at)).orElse(arity(name, at));
            case "tostring" -> text(args, 0).map(s -> (TfValue) new Str(s, at)).orElse(arity(name, at));
            case "tonumber" -> number(args, 0).map(n -> (TfValue) new Num(n, at)).orElse(TfValue.failed("not a number", at));
            case "format" -> format(args, at);
            case "max", "min" -> extreme(name, args, at);
            case "join" -> join(args, at);
            case "cidrsubnet" -> cidrsubnet(args, at);
            case "keys" -> args.size() == 1 && args.get(0) instanceof MapV map
                    ? new ListV(new TreeMap<>(map.entries()).keySet().stream().map(k -> (TfValue) new Str(k, at)).toList(), at)
                    : arity(name, at);
            case "values" -> args.size() == 1 && args.get(0) instanceof MapV map
                    ? new ListV(new ArrayList<>(new TreeMap<>(map.entries()).values()), at) : arity(name, at);
            case "contains" -> args.size() == 2 && args.get(0) instanceof ListV list
                    ? new Bool(list.items().stream().anyMatch(v -> TfValue.sameValue(v, args.get(1))), at)
                    : arity(name, at);
            case "file" -> text(args, 0).map(path -> files.read(path).map(s -> (TfValue) new Str(s, at))
                    .orElse(unreadable(path, at))).orElse(arity(name, at));
            case "filebase64" -> text(args, 0).map(path -> files.readBytes(path)
                    .map(b -> (TfValue) new Str(Base64.getEncoder().encodeToString(b), at))
                    .orElse(unreadable(path, at))).orElse(arity(name, at));
            case "templatefile" -> templatefile(args, at);
            default -> TfValue.unknown("function " + name + "() is not evaluated", at);
        };
    }

    private static TfValue arity(String name, Location at) {
        return TfValue.failed("invalid arguments to " + name + "()", at);
    }

    private static TfValue unreadable(String path, Location at) {
        return TfValue.unknown("file " + path + " is outside the scanned folders or unreadable", at);
    }

    private static TfValue notAList(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        return arg.isKnown() && !(arg instanceof Ref) ? TfValue.failed("not a list", at) : unknownFrom(arg, at);
    }

    private static TfValue single(List<TfValue> args, Location at) {
        return args.size() == 1 ? args.get(0) : TfValue.failed("expected one argument", at);
    }

    /** The first argument that is unknown or a computed reference, as an unknown result. */
    private static Optional<TfValue> firstNotWhollyKnown(List<TfValue> args, Location at) {
        for (TfValue arg : args) {
            if (!arg.isWhollyKnown()) {
                return Optional.of(unknownFrom(arg, at));
            }
        }
        return Optional.empty();
    }

    /** An unknown result explained by {@code cause}, the first not-known value found inside it. */
    static TfValue unknownFrom(TfValue cause, Location at) {
        if (cause instanceof Unknown unknown) {
            return new Unknown(unknown.reason(), unknown.failed(), at);
        }
        if (cause instanceof Ref ref) {
            return TfValue.unknown("computed attribute " + ref.address() + "." + ref.attribute(), at);
        }
        if (cause instanceof ListV list) {
            for (TfValue item : list.items()) {
                if (!item.isWhollyKnown()) {
                    return unknownFrom(item, at);
                }
            }
        }
        if (cause instanceof MapV map) {
            for (TfValue item : map.entries().values()) {
                if (!item.isWhollyKnown()) {
                    return unknownFrom(item, at);
                }
            }
        }
        return TfValue.unknown("value is not known", at);
    }

    /** A primitive as Terraform converts it to a string. */
    static Optional<String> asText(TfValue value) {
        if (value instanceof Str s) return Optional.of(s.value());
        if (value instanceof Num n) return Optional.of(n.text());
        if (value instanceof Bool b) return Optional.of(String.valueOf(b.value()));
        return Optional.empty();
    }

    /** A primitive as Terraform converts it to a number ({@code "443"} is 443). */
    static Optional<BigDecimal> asNumber(TfValue value) {
        if (value instanceof Num n) {
            return Optional.of(n.value());
        }
        if (value instanceof Str s) {
            try {
                return Optional.of(new BigDecimal(s.value().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(List<TfValue> args, int index) {
        return index < args.size() ? asText(args.get(index)) : Optional.empty();
    }

    private static Optional<BigDecimal> number(List<TfValue> args, int index) {
        return index < args.size() ? asNumber(args.get(index)) : Optional.empty();
    }

    private static TfValue tryFunction(List<TfValue> args, Location at) {
        for (TfValue arg : args) {
            if (arg instanceof Unknown unknown && unknown.failed()) {
                continue;
            }
            return arg.at(at);
        }
        return TfValue.failed("no argument of try() succeeded", at);
    }

    private static TfValue coalesce(List<TfValue> args, Location at) {
        for (TfValue arg : args) {
            if (!arg.isKnown() || arg instanceof Ref) {
                return unknownFrom(arg, at);
            }
            if (arg instanceof Null || (arg instanceof Str s && s.value().isEmpty())) {
                continue;
            }
            return arg.at(at);
        }
        return TfValue.failed("no non-null argument to coalesce()", at);
    }

    private static TfValue concat(List<TfValue> args, Location at) {
        List<TfValue> items = new ArrayList<>();
        for (TfValue arg : args) {
            if (arg instanceof ListV list) {
                items.addAll(list.items());
            } else {
                return arg.isKnown() && !(arg instanceof Ref) ? TfValue.failed("concat() of a non-list", at)
                        : unknownFrom(arg, at);
            }
        }
        return new ListV(items, at);
    }

    private static TfValue merge(List<TfValue> args, Location at) {
        Map<String, TfValue> entries = new LinkedHashMap<>();
        for (TfValue arg : args) {
            if (arg instanceof MapV map) {
                entries.putAll(map.entries());
            } else if (!(arg instanceof Null)) {
                return arg.isKnown() && !(arg instanceof Ref) ? TfValue.failed("merge() of a non-map", at)
                        : unknownFrom(arg, at);
            }
        }
        return new MapV(entries, at);
    }

    /** Sets iterate in lexical order in Terraform; a set with unknown members cannot be ordered or deduplicated. */
    private static TfValue toset(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        if (!(arg instanceof ListV list)) {
            return notAList(args, at);
        }
        if (!list.isWhollyKnown()) {
            return unknownFrom(list, at);
        }
        if (list.items().stream().allMatch(v -> v instanceof Str || v instanceof Num || v instanceof Bool)) {
            TreeMap<String, TfValue> unique = new TreeMap<>();
            list.items().forEach(v -> unique.putIfAbsent(asText(v).orElseThrow(), new Str(asText(v).orElseThrow(),
                    v.location())));
            return new ListV(new ArrayList<>(unique.values()), at);
        }
        return unique(list, at);
    }

    /**
     * Items compared pairwise only up to this many (collections of collections); a larger list of them is unknown
     * rather than compared in time quadratic in its length.
     */
    private static final int MAX_PAIRWISE = 1_000;

    /** The list without repeated items, first occurrences in order; scalars by kind and text, in linear time. */
    private static TfValue unique(ListV list, Location at) {
        boolean scalars = list.items().stream().allMatch(v -> v instanceof Str || v instanceof Num || v instanceof Bool
                || v instanceof TfValue.Null);
        List<TfValue> unique = new ArrayList<>();
        if (scalars) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (TfValue item : list.items()) {
                String key = item instanceof Num n ? "n" + n.text() : item instanceof Str t ? "s" + t.value()
                        : item instanceof Bool b ? "b" + b.value() : "null";
                if (seen.add(key)) {
                    unique.add(item);
                }
            }
            return new ListV(unique, at);
        }
        if (list.items().size() > MAX_PAIRWISE) {
            return TfValue.unknown("distinct items of a list of more than " + MAX_PAIRWISE + " collections", at);
        }
        for (TfValue item : list.items()) {
            if (unique.stream().noneMatch(u -> TfValue.sameValue(u, item))) {
                unique.add(item);
            }
        }
        return new ListV(unique, at);
    }

    private static TfValue distinct(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        if (!(arg instanceof ListV list)) {
            return notAList(args, at);
        }
        for (TfValue item : list.items()) {
            if (!item.isKnown()) {
                return unknownFrom(item, at); // an unknown item may equal another one
            }
        }
        return unique(list, at);
    }

    /** Drops null and empty strings; an unknown item might be empty, so it makes the result unknown. */
    private static TfValue compact(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        if (!(arg instanceof ListV list)) {
            return notAList(args, at);
        }
        List<TfValue> kept = new ArrayList<>();
        for (TfValue item : list.items()) {
            if (!item.isKnown()) {
                return unknownFrom(item, at);
            }
            if (!(item instanceof Null) && !(item instanceof Str s && s.value().isEmpty())) {
                kept.add(item);
            }
        }
        return new ListV(kept, at);
    }

    private static TfValue coalescelist(List<TfValue> args, Location at) {
        for (TfValue arg : args) {
            if (!(arg instanceof ListV list)) {
                return arg.isKnown() && !(arg instanceof Ref) ? TfValue.failed("coalescelist() of a non-list", at)
                        : unknownFrom(arg, at);
            }
            if (!list.items().isEmpty()) {
                return list.at(at);
            }
        }
        return TfValue.failed("no non-empty list in coalescelist()", at);
    }

    private static TfValue flatten(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        if (!(arg instanceof ListV list)) {
            return notAList(args, at);
        }
        List<TfValue> flat = new ArrayList<>();
        for (TfValue item : list.items()) {
            if (item instanceof ListV nested) {
                TfValue inner = flatten(List.of(nested), at);
                if (!(inner instanceof ListV innerList)) {
                    return inner;
                }
                flat.addAll(innerList.items());
            } else if (!item.isKnown()) {
                return unknownFrom(item, at); // an unknown item may itself be a list
            } else {
                flat.add(item);
            }
        }
        return new ListV(flat, at);
    }

    private static TfValue element(List<TfValue> args, Location at) {
        if (args.size() != 2) {
            return arity("element", at);
        }
        if (!(args.get(0) instanceof ListV list)) {
            return notAList(List.of(args.get(0)), at);
        }
        Optional<BigDecimal> index = asNumber(args.get(1));
        if (index.isEmpty()) {
            return args.get(1).isKnown() ? arity("element", at) : unknownFrom(args.get(1), at);
        }
        if (list.items().isEmpty()) {
            return TfValue.failed("element() of an empty list", at);
        }
        int i = index.get().intValue();
        return i < 0 ? TfValue.failed("negative index", at) : list.items().get(i % list.items().size());
    }

    private static TfValue lookup(List<TfValue> args, Location at) {
        if (args.size() < 2 || args.size() > 3) {
            return arity("lookup", at);
        }
        if (!(args.get(0) instanceof MapV map)) {
            return args.get(0).isKnown() && !(args.get(0) instanceof Ref) ? arity("lookup", at)
                    : unknownFrom(args.get(0), at);
        }
        Optional<String> key = asText(args.get(1));
        if (key.isEmpty()) {
            return unknownFrom(args.get(1), at);
        }
        TfValue found = map.entries().get(key.get());
        if (found != null) {
            return found;
        }
        return args.size() == 3 ? args.get(2) : TfValue.failed("no key " + key.get(), at);
    }

    private static TfValue length(List<TfValue> args, Location at) {
        TfValue arg = single(args, at);
        if (arg instanceof ListV list) return new Num(BigDecimal.valueOf(list.items().size()), at);
        if (arg instanceof MapV map) return new Num(BigDecimal.valueOf(map.entries().size()), at);
        if (arg instanceof Str s) return new Num(BigDecimal.valueOf(s.value().codePointCount(0, s.value().length())), at);
        return arg.isKnown() && !(arg instanceof Ref) ? arity("length", at) : unknownFrom(arg, at);
    }

    private static TfValue base64decode(List<TfValue> args, Location at) {
        Optional<String> encoded = text(args, 0);
        if (encoded.isEmpty()) {
            return arity("base64decode", at);
        }
        try {
            return new Str(new String(Base64.getDecoder().decode(encoded.get()), StandardCharsets.UTF_8), at);
        } catch (IllegalArgumentException e) {
            return TfValue.failed("not base64", at);
        }
    }

    /** {@code format} with the verbs netlint supports ({@code %s %d %v %%}); any other verb gives unknown. */
    private static TfValue format(List<TfValue> args, Location at) {
        Optional<String> pattern = text(args, 0);
        if (pattern.isEmpty()) {
            return arity("format", at);
        }
        StringBuilder out = new StringBuilder();
        String spec = pattern.get();
        int next = 1;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char verb = i + 1 < spec.length() ? spec.charAt(++i) : '\0';
            if (verb == '%') {
                out.append('%');
            } else if ((verb == 's' || verb == 'v' || verb == 'd') && next < args.size()) {
                TfValue arg = args.get(next++);
                Optional<String> text = verb == 'd' ? asNumber(arg).map(n -> n.toBigInteger().toString()) : asText(arg);
                if (text.isEmpty()) {
                    return TfValue.failed("format() argument does not fit %" + verb, at);
                }
                out.append(text.get());
            } else {
                return TfValue.unknown("format() verb %" + verb + " is not evaluated", at);
            }
        }
        return new Str(out.toString(), at);
    }

    private static TfValue extreme(String name, List<TfValue> args, Location at) {
        BigDecimal result = null;
        for (TfValue arg : args) {
            Optional<BigDecimal> number = asNumber(arg);
            if (number.isEmpty()) {
                return arity(name, at);
            }
            boolean better = result == null
                    || (name.equals("max") ? number.get().compareTo(result) > 0 : number.get().compareTo(result) < 0);
            result = better ? number.get() : result;
        }
        return result == null ? arity(name, at) : new Num(result, at);
    }

    private static TfValue join(List<TfValue> args, Location at) {
        Optional<String> separator = text(args, 0);
        if (separator.isEmpty() || args.size() < 2) {
            return arity("join", at);
        }
        List<String> parts = new ArrayList<>();
        for (TfValue list : args.subList(1, args.size())) {
            if (!(list instanceof ListV items)) {
                return arity("join", at);
            }
            for (TfValue item : items.items()) {
                Optional<String> text = asText(item);
                if (text.isEmpty()) {
                    return TfValue.failed("join() of a non-string", at);
                }
                parts.add(text.get());
            }
        }
        return new Str(String.join(separator.get(), parts), at);
    }

    private static TfValue cidrsubnet(List<TfValue> args, Location at) {
        Optional<String> prefix = text(args, 0);
        Optional<BigDecimal> newBits = number(args, 1);
        Optional<BigDecimal> netNum = number(args, 2);
        if (args.size() != 3 || prefix.isEmpty() || newBits.isEmpty() || netNum.isEmpty()) {
            return arity("cidrsubnet", at);
        }
        return CidrMath.cidrsubnet(prefix.get(), newBits.get().intValue(), netNum.get().toBigInteger())
                .map(cidr -> (TfValue) new Str(cidr, at))
                .orElse(TfValue.failed("invalid cidrsubnet() arguments", at));
    }

    private TfValue templatefile(List<TfValue> args, Location at) {
        Optional<String> path = text(args, 0);
        if (args.size() != 2 || path.isEmpty() || !(args.get(1) instanceof MapV variables)) {
            return arity("templatefile", at);
        }
        return files.read(path.get())
                .map(content -> templates.render(content, variables.entries(), at))
                .orElse(unreadable(path.get(), at));
    }

    /** Terraform's {@code jsonencode}: keys sorted, HTML-sensitive characters escaped as Go does. */
    static final class Json {
        private Json() {
        }

        static String encode(TfValue value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(TfValue value, StringBuilder out) {
            if (value instanceof Str s) {
                string(s.value(), out);
            } else if (value instanceof Num n) {
                out.append(n.text());
            } else if (value instanceof Bool b) {
                out.append(b.value());
            } else if (value instanceof ListV list) {
                out.append('[');
                for (int i = 0; i < list.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.items().get(i), out);
                }
                out.append(']');
            } else if (value instanceof MapV map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, TfValue> entry : new TreeMap<>(map.entries()).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else {
                out.append("null");
            }
        }

        private static void string(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    static BigInteger integerOrNull(TfValue value) {
        Optional<BigDecimal> number = asNumber(value);
        if (number.isEmpty()) {
            return null;
        }
        BigDecimal n = number.get().stripTrailingZeros();
        if (n.precision() - (long) n.scale() > 1_000) {
            return null; // 1e999999999: more digits than any count or index, and a billion of them to build
        }
        try {
            return n.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
