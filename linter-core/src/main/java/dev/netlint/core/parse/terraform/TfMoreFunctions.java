package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.terraform.TfValue.Bool;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Null;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.parse.terraform.TfValue.Str;
import dev.netlint.core.parse.terraform.TfValue.Unknown;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Further Terraform functions the registry modules (terraform-aws-modules eks, vpc) use: string tests and edits,
 * {@code range}, {@code split}, {@code formatlist}, {@code regexall} on simple patterns, {@code can}, {@code one},
 * {@code alltrue}/{@code anytrue}, {@code zipmap} and the identity {@code sensitive}/{@code nonsensitive}. Like
 * {@link TfFunctions}: unknown arguments give unknown, arguments Terraform rejects give a failed value.
 */
final class TfMoreFunctions {

    /** A {@code range()} longer than this is not built: unknown rather than a large list. */
    private static final int MAX_RANGE = 1024;

    /** Only short patterns on short text, without groups or alternation, are matched: no backtracking blow-up. */
    private static final int MAX_PATTERN = 100;
    private static final int MAX_TEXT = 4096;

    private TfMoreFunctions() {
    }

    /** The function's value, or null when this class does not know it. */
    static TfValue call(String name, List<TfValue> args, Location at) {
        switch (name) {
            case "can":
                return can(args, at);
            case "sensitive", "nonsensitive":
                return args.size() == 1 ? args.get(0) : failed(name, at);
            default:
                break;
        }
        for (TfValue arg : args) {
            if (!arg.isWhollyKnown()) {
                return TfFunctions.unknownFrom(arg, at);
            }
        }
        return switch (name) {
            case "startswith" -> twoTexts(args).map(t -> (TfValue) new Bool(t[0].startsWith(t[1]), at))
                    .orElse(failed(name, at));
            case "endswith" -> twoTexts(args).map(t -> (TfValue) new Bool(t[0].endsWith(t[1]), at))
                    .orElse(failed(name, at));
            case "trimprefix" -> twoTexts(args).map(t -> (TfValue) new Str(t[0].startsWith(t[1])
                    ? t[0].substring(t[1].length()) : t[0], at)).orElse(failed(name, at));
            case "trimsuffix" -> twoTexts(args).map(t -> (TfValue) new Str(t[0].endsWith(t[1])
                    ? t[0].substring(0, t[0].length() - t[1].length()) : t[0], at)).orElse(failed(name, at));
            case "trimspace" -> args.size() == 1 ? TfFunctions.asText(args.get(0))
                    .map(s -> (TfValue) new Str(s.strip(), at)).orElse(failed(name, at)) : failed(name, at);
            case "replace" -> replace(args, at);
            case "split" -> split(args, at);
            case "range" -> range(args, at);
            case "formatlist" -> formatlist(args, at);
            case "regexall" -> regexall(args, at);
            case "one" -> one(args, at);
            case "alltrue", "anytrue" -> allOrAny(name.equals("alltrue"), args, at);
            case "zipmap" -> zipmap(args, at);
            case "reverse" -> args.size() == 1 && args.get(0) instanceof ListV list
                    ? new ListV(reversed(list.items()), at) : failed(name, at);
            default -> null;
        };
    }

    private static TfValue failed(String name, Location at) {
        return TfValue.failed("invalid arguments to " + name + "()", at);
    }

    private static TfValue can(List<TfValue> args, Location at) {
        if (args.size() != 1) {
            return failed("can", at);
        }
        TfValue value = args.get(0);
        if (value instanceof Unknown unknown) {
            return unknown.failed() ? new Bool(false, at) : value.at(at);
        }
        return new Bool(!containsFailure(value), at);
    }

    private static boolean containsFailure(TfValue value) {
        if (value instanceof Unknown unknown) return unknown.failed();
        if (value instanceof ListV list) return list.items().stream().anyMatch(TfMoreFunctions::containsFailure);
        if (value instanceof MapV map) return map.entries().values().stream().anyMatch(TfMoreFunctions::containsFailure);
        return false;
    }

    private static Optional<String[]> twoTexts(List<TfValue> args) {
        if (args.size() != 2) {
            return Optional.empty();
        }
        Optional<String> a = TfFunctions.asText(args.get(0));
        Optional<String> b = TfFunctions.asText(args.get(1));
        return a.isPresent() && b.isPresent() ? Optional.of(new String[] {a.get(), b.get()}) : Optional.empty();
    }

    private static TfValue replace(List<TfValue> args, Location at) {
        if (args.size() != 3) {
            return failed("replace", at);
        }
        Optional<String> text = TfFunctions.asText(args.get(0));
        Optional<String> search = TfFunctions.asText(args.get(1));
        Optional<String> with = TfFunctions.asText(args.get(2));
        if (text.isEmpty() || search.isEmpty() || with.isEmpty()) {
            return failed("replace", at);
        }
        if (search.get().length() > 1 && search.get().startsWith("/") && search.get().endsWith("/")) {
            return TfValue.unknown("replace() with a regular expression is not evaluated", at);
        }
        return new Str(search.get().isEmpty() ? text.get() : text.get().replace(search.get(), with.get()), at);
    }

    private static TfValue split(List<TfValue> args, Location at) {
        Optional<String[]> texts = twoTexts(args);
        if (texts.isEmpty()) {
            return failed("split", at);
        }
        String separator = texts.get()[0];
        String text = texts.get()[1];
        List<TfValue> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> parts.add(new Str(new String(Character.toChars(c)), at)));
        } else {
            int from = 0;
            while (true) {
                int next = text.indexOf(separator, from);
                if (next < 0) {
                    parts.add(new Str(text.substring(from), at));
                    break;
                }
                parts.add(new Str(text.substring(from, next), at));
                from = next + separator.length();
            }
        }
        return new ListV(parts, at);
    }

    private static TfValue range(List<TfValue> args, Location at) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (TfValue arg : args) {
            Optional<BigDecimal> n = TfFunctions.asNumber(arg);
            if (n.isEmpty()) {
                return failed("range", at);
            }
            numbers.add(n.get());
        }
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end;
        BigDecimal step = BigDecimal.ONE;
        switch (numbers.size()) {
            case 1 -> end = numbers.get(0);
            case 2 -> {
                start = numbers.get(0);
                end = numbers.get(1);
            }
            case 3 -> {
                start = numbers.get(0);
                end = numbers.get(1);
                step = numbers.get(2);
            }
            default -> {
                return failed("range", at);
            }
        }
        if (numbers.size() < 3 && start.compareTo(end) > 0) {
            step = BigDecimal.ONE.negate();
        }
        if (step.signum() == 0) {
            return failed("range", at);
        }
        List<TfValue> items = new ArrayList<>();
        for (BigDecimal i = start; step.signum() > 0 ? i.compareTo(end) < 0 : i.compareTo(end) > 0; i = i.add(step)) {
            if (items.size() >= MAX_RANGE) {
                return TfValue.unknown("range() of more than " + MAX_RANGE + " elements is not evaluated", at);
            }
            items.add(new Num(i, at));
        }
        return new ListV(items, at);
    }

    /** {@code formatlist} with {@code %s} and {@code %d} verbs only; lists of one length, other arguments repeated. */
    private static TfValue formatlist(List<TfValue> args, Location at) {
        if (args.isEmpty() || TfFunctions.asText(args.get(0)).isEmpty()) {
            return failed("formatlist", at);
        }
        String format = TfFunctions.asText(args.get(0)).get();
        if (format.replace("%%", "").replace("%s", "").replace("%d", "").contains("%")) {
            return TfValue.unknown("formatlist() with that format is not evaluated", at);
        }
        int length = -1;
        for (TfValue arg : args.subList(1, args.size())) {
            if (arg instanceof ListV list) {
                if (length >= 0 && length != list.items().size()) {
                    return failed("formatlist", at);
                }
                length = list.items().size();
            }
        }
        if (length < 0) {
            length = 1;
        }
        List<TfValue> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            StringBuilder text = new StringBuilder();
            int argument = 1;
            for (int c = 0; c < format.length(); c++) {
                char ch = format.charAt(c);
                if (ch == '%' && c + 1 < format.length()) {
                    char verb = format.charAt(++c);
                    if (verb == '%') {
                        text.append('%');
                        continue;
                    }
                    if (argument >= args.size()) {
                        return failed("formatlist", at);
                    }
                    TfValue arg = args.get(argument++);
                    TfValue item = arg instanceof ListV list ? list.items().get(i) : arg;
                    Optional<String> printed = TfFunctions.asText(item);
                    if (printed.isEmpty()) {
                        return failed("formatlist", at);
                    }
                    text.append(printed.get());
                } else {
                    text.append(ch);
                }
            }
            out.add(new Str(text.toString(), at));
        }
        return new ListV(out, at);
    }

    private static TfValue regexall(List<TfValue> args, Location at) {
        Optional<String[]> texts = twoTexts(args);
        if (texts.isEmpty()) {
            return failed("regexall", at);
        }
        String pattern = texts.get()[0];
        String text = texts.get()[1];
        if (pattern.length() > MAX_PATTERN || text.length() > MAX_TEXT || pattern.contains("(")
                || pattern.contains("|") || pattern.contains("\\p") || pattern.contains("\\k")
                || pattern.matches(".*\\\\[1-9].*")) {
            return TfValue.unknown("regexall() with that pattern is not evaluated", at);
        }
        Matcher matcher;
        try {
            matcher = Pattern.compile(pattern).matcher(text);
        } catch (PatternSyntaxException e) {
            return TfValue.failed("invalid regular expression", at);
        }
        List<TfValue> matches = new ArrayList<>();
        while (matcher.find()) {
            matches.add(new Str(matcher.group(), at));
            if (matcher.end() == matcher.start() && matcher.end() >= text.length()) {
                break;
            }
        }
        return new ListV(matches, at);
    }

    private static TfValue one(List<TfValue> args, Location at) {
        if (args.size() != 1 || !(args.get(0) instanceof ListV list) || list.items().size() > 1) {
            return failed("one", at);
        }
        return list.items().isEmpty() ? new Null(at) : list.items().get(0);
    }

    private static TfValue allOrAny(boolean all, List<TfValue> args, Location at) {
        if (args.size() != 1 || !(args.get(0) instanceof ListV list)) {
            return failed(all ? "alltrue" : "anytrue", at);
        }
        for (TfValue item : list.items()) {
            boolean value = item instanceof Bool b ? b.value()
                    : item instanceof Str s && s.value().equals("true");
            if (value != all) {
                return new Bool(!all, at);
            }
        }
        return new Bool(all, at);
    }

    private static TfValue zipmap(List<TfValue> args, Location at) {
        if (args.size() != 2 || !(args.get(0) instanceof ListV keys) || !(args.get(1) instanceof ListV values)
                || keys.items().size() != values.items().size()) {
            return failed("zipmap", at);
        }
        Map<String, TfValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.items().size(); i++) {
            Optional<String> key = TfFunctions.asText(keys.items().get(i));
            if (key.isEmpty()) {
                return failed("zipmap", at);
            }
            entries.put(key.get(), values.items().get(i));
        }
        return new MapV(entries, at);
    }

    private static List<TfValue> reversed(List<TfValue> items) {
        List<TfValue> out = new ArrayList<>(items);
        java.util.Collections.reverse(out);
        return out;
    }

}
