package dev.netlint.core.parse.terraform;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Terraform value as netlint evaluates it: known (string, number, bool, list, map, null), unknown with a reason, or
 * a reference to a computed attribute of a resource of the module ({@code aws_security_group.nodes.id}), which is
 * what becomes a {@code ResourceRef}. Each value carries the location of the expression that wrote it.
 */
public sealed interface TfValue extends HasLocation {

    record Str(String value, Location location) implements TfValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    record Num(BigDecimal value, Location location) implements TfValue {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        /**
         * The number as Terraform prints it: no exponent, no trailing zeros. A number of more than a thousand digits
         * ({@code 1e999999999}, which would print as a billion digits) keeps its exponent instead.
         */
        public String text() {
            BigDecimal stripped = value.stripTrailingZeros();
            if (Math.abs((long) stripped.precision() - stripped.scale()) > 1_000 || Math.abs(stripped.scale()) > 1_000) {
                return stripped.toString();
            }
            return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
        }
    }

    record Bool(boolean value, Location location) implements TfValue {}

    /**
     * Lists, tuples and sets alike; sets of strings are kept in Terraform's iteration order (sorted). {@code size}
     * counts the list, its items and everything inside them, repetitions included ({@link ExpansionBudget#sizeOf}).
     */
    record ListV(List<TfValue> items, Location location, long size) implements TfValue {
        public ListV {
            items = List.copyOf(items);
        }

        public ListV(List<TfValue> items, Location location) {
            this(items, location, sizeOfItems(items));
        }

        private static long sizeOfItems(List<TfValue> items) {
            long size = 1;
            for (TfValue item : items) {
                size += ExpansionBudget.sizeOf(item);
            }
            return size;
        }
    }

    /** Maps and objects alike, in insertion order; {@code size} as for {@link ListV}, keys counted as strings. */
    record MapV(Map<String, TfValue> entries, Location location, long size) implements TfValue {
        public MapV {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public MapV(Map<String, TfValue> entries, Location location) {
            this(entries, location, sizeOfEntries(entries));
        }

        private static long sizeOfEntries(Map<String, TfValue> entries) {
            long size = 1;
            for (Map.Entry<String, TfValue> entry : entries.entrySet()) {
                size += entry.getKey().length() + ExpansionBudget.sizeOf(entry.getValue());
            }
            return size;
        }
    }

    record Null(Location location) implements TfValue {}

    /**
     * A value netlint cannot work out. {@code failed} marks what Terraform itself would reject (a missing map key,
     * an index out of range); {@code try()} moves past those, but not past merely unknown values.
     */
    record Unknown(String reason, boolean failed, Location location) implements TfValue {}

    /** A computed attribute of a resource of the module: address {@code aws_subnet.a[0]}, attribute {@code id}. */
    record Ref(String address, String attribute, Location location) implements TfValue {}

    static TfValue unknown(String reason, Location at) {
        return new Unknown(reason, false, at);
    }

    static TfValue failed(String reason, Location at) {
        return new Unknown(reason, true, at);
    }

    /** True for every value except {@link Unknown}. */
    default boolean isKnown() {
        return !(this instanceof Unknown);
    }

    /** True when this value and everything inside it is known and concrete (no unknowns, no references). */
    default boolean isWhollyKnown() {
        if (this instanceof Unknown || this instanceof Ref) {
            return false;
        }
        if (this instanceof ListV list) {
            return list.items().stream().allMatch(TfValue::isWhollyKnown);
        }
        if (this instanceof MapV map) {
            return map.entries().values().stream().allMatch(TfValue::isWhollyKnown);
        }
        return true;
    }

    /**
     * The same value, located elsewhere. Inside a module {@code terraform init} cached, a value keeps where it came
     * from instead (the caller's argument, the module's default, the literal that wrote it): what passes through
     * {@code try()}, {@code coalesce()}, a conditional or a template there is still reported where it was decided,
     * which is what {@link CallSites} moves to the user's call.
     */
    default TfValue at(Location location) {
        if (location == location() || ModuleCache.isCached(location.file())) {
            return this;
        }
        if (this instanceof Str s) return new Str(s.value(), location);
        if (this instanceof Num n) return new Num(n.value(), location);
        if (this instanceof Bool b) return new Bool(b.value(), location);
        if (this instanceof ListV l) return new ListV(l.items(), location, l.size());
        if (this instanceof MapV m) return new MapV(m.entries(), location, m.size());
        if (this instanceof Null) return new Null(location);
        if (this instanceof Ref r) return new Ref(r.address(), r.attribute(), location);
        Unknown u = (Unknown) this;
        return new Unknown(u.reason(), u.failed(), location);
    }

    /** Equality of values, ignoring where they were written; numbers compare numerically. */
    static boolean sameValue(TfValue a, TfValue b) {
        if (a instanceof Num x && b instanceof Num y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof ListV x && b instanceof ListV y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!sameValue(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapV x && b instanceof MapV y) {
            if (!x.entries().keySet().equals(y.entries().keySet())) {
                return false;
            }
            return x.entries().entrySet().stream().allMatch(e -> sameValue(e.getValue(), y.entries().get(e.getKey())));
        }
        if (a instanceof Str x && b instanceof Str y) return x.value().equals(y.value());
        if (a instanceof Bool x && b instanceof Bool y) return x.value() == y.value();
        if (a instanceof Null && b instanceof Null) return true;
        if (a instanceof Ref x && b instanceof Ref y) {
            return x.address().equals(y.address()) && x.attribute().equals(y.attribute());
        }
        return false;
    }
}
