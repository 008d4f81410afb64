package dev.netlint.core.lang.words;

import dev.netlint.core.analysis.PortSpec;
import dev.netlint.core.analysis.SgRuleMatcher;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.model.k8s.ServicePort;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The generic vocabulary rules are composed of: fields ({@code have}), logic ({@code not}, {@code anyOf},
 * {@code allOf}), ports, CIDR blocks, annotations and labels, and {@code satisfy} to check what a predicate says.
 * Every word answers in three values: what netlint cannot know (a template expression, a Terraform variable without
 * a default) stays unknown, is never selected and never fails a check ({@code --strict} lists it).
 */
public final class Words {

    private Words() {}

    // ---- logic ----

    /** "not (...)": unknown stays unknown. */
    public static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
        return word("not " + predicate.description(), (e, c) -> predicate.test(e, c).not(),
                (e, c) -> Word.whereOf(predicate, e, c), predicate::whyUnknown);
    }

    /** True when one is true; unknown when none is true and one is unknown. */
    @SafeVarargs
    public static <T> DescribedPredicate<T> anyOf(DescribedPredicate<? super T>... predicates) {
        return combined(" or ", Tri.TRUE, List.<DescribedPredicate<? super T>>of(predicates));
    }

    /** True when all are true; false when one is false, else unknown. */
    @SafeVarargs
    public static <T> DescribedPredicate<T> allOf(DescribedPredicate<? super T>... predicates) {
        return combined(" and ", Tri.FALSE, List.<DescribedPredicate<? super T>>of(predicates));
    }

    private static <T> DescribedPredicate<T> combined(String joint, Tri decisive, List<DescribedPredicate<? super T>> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("anyOf/allOf need at least one predicate");
        }
        String description = "(" + all.stream().map(DescribedPredicate::description).collect(Collectors.joining(joint))
                + ")";
        return word(description, (e, c) -> {
            Tri answer = decisive.not();
            for (DescribedPredicate<? super T> p : all) {
                Tri one = p.test(e, c);
                answer = decisive == Tri.TRUE ? answer.or(one) : answer.and(one);
            }
            return answer;
        }, (e, c) -> {
            for (DescribedPredicate<? super T> p : all) {
                if (p.test(e, c) == decisive) {
                    return Word.whereOf(p, e, c);
                }
            }
            return Word.whereOf(all.get(0), e, c);
        }, (e, c) -> {
            for (DescribedPredicate<? super T> p : all) {
                if (p.test(e, c).isUnknown()) {
                    return p.whyUnknown(e, c);
                }
            }
            return null;
        });
    }

    // ---- fields ----

    /**
     * "have FIELD that PREDICATE": the subject's named field ({@code 'spec.externalTrafficPolicy'},
     * {@code 'spec.ports'}, {@code 'ingress'} of a security group; an unknown name is an error when the rule is
     * built) satisfies the predicate. A list field has it when one entry does; an absent setting does not; an
     * unknown one is unknown.
     */
    public static <T> DescribedPredicate<T> have(String field, DescribedPredicate<?> predicate) {
        Fields.requireKnown(field);
        @SuppressWarnings("unchecked")
        DescribedPredicate<Object> test = (DescribedPredicate<Object>) predicate;
        return word("have " + field + " with " + predicate.description(), (e, c) -> {
            Tri answer = Tri.FALSE;
            for (Value<?> value : Fields.read(e, field)) {
                answer = answer.or(value instanceof Value.Known<?> known ? test.test(known.value(), c)
                        : value.isUnknown() ? Tri.UNKNOWN : Tri.FALSE);
            }
            return answer;
        }, (e, c) -> {
            List<Value<?>> values = Fields.read(e, field);
            for (Value<?> value : values) {
                if (value instanceof Value.Known<?> known && test.test(known.value(), c).isTrue()) {
                    Location inner = Word.whereOf(test, known.value(), c);
                    return inner != null ? inner : known.location();
                }
            }
            return values.isEmpty() ? null : values.get(0).location();
        }, (e, c) -> {
            for (Value<?> value : Fields.read(e, field)) {
                if (value.isUnknown()) {
                    return DescribedPredicate.Reason.ofUnknown(value, field);
                }
                if (value instanceof Value.Known<?> known && test.test(known.value(), c).isUnknown()) {
                    DescribedPredicate.Reason inner = test.whyUnknown(known.value(), c);
                    return inner != null ? inner : new DescribedPredicate.Reason(known.location(),
                            field + " is not known");
                }
            }
            return null;
        });
    }

    /** "equal to VALUE": a field's value (a string, a number, true or false). */
    public static DescribedPredicate<Object> equalTo(Object expected) {
        return DescribedPredicate.of("equals " + quoted(expected), (v, c) -> Tri.of(equal(expected, v)));
    }

    /** "one of VALUES". */
    public static DescribedPredicate<Object> oneOf(Object... expected) {
        List<Object> all = List.of(expected);
        return DescribedPredicate.of("is one of " + all.stream().map(Words::quoted).collect(Collectors.joining(", ")),
                (v, c) -> Tri.of(all.stream().anyMatch(x -> equal(x, v))));
    }

    private static boolean equal(Object expected, Object actual) {
        if (expected instanceof Number a && actual instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        return expected.equals(actual);
    }

    private static String quoted(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    // ---- ports: a port number, a Service port (spec.ports) or a security group rule ----

    /** "port 443", whatever the protocol: a Service port's {@code port}; a security group rule that lets it through. */
    public static DescribedPredicate<Object> port(int number) {
        return portMatcher("port " + number, null, number, number);
    }

    /** "a port within FROM-TO" (inclusive). */
    public static DescribedPredicate<Object> portRange(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("portRange(" + from + ", " + to + "): from is above to");
        }
        return portMatcher("a port within " + from + "-" + to, null, from, to);
    }

    /** "tcp 443": a Service port's port with protocol TCP (the default), a security group rule allowing tcp/443. */
    public static DescribedPredicate<Object> tcp(int number) {
        return portMatcher("tcp " + number, PortSpec.Protocol.TCP, number, number);
    }

    /** "udp 53". */
    public static DescribedPredicate<Object> udp(int number) {
        return portMatcher("udp " + number, PortSpec.Protocol.UDP, number, number);
    }

    private static DescribedPredicate<Object> portMatcher(String description, PortSpec.Protocol protocol, int from,
                                                          int to) {
        return DescribedPredicate.of(description, (v, c) -> {
            if (v instanceof Integer number) {
                return protocol == null ? Tri.of(from <= number && number <= to) : Tri.UNKNOWN;
            }
            if (v instanceof ServicePort port) {
                Tri protocolMatches = protocol == null ? Tri.TRUE
                        : port.protocol().isAbsent() ? Tri.of(protocol == PortSpec.Protocol.TCP)
                        : port.protocol().test(p -> p.toUpperCase(Locale.ROOT).equals(protocol.name()));
                return protocolMatches.and(port.port().test(n -> from <= n && n <= to));
            }
            if (v instanceof SgRule rule) {
                if (protocol == null) {
                    return SgRuleMatcher.overlapsTcpOrUdpRange(rule, from, to);
                }
                return SgRuleMatcher.coversPort(rule, protocol == PortSpec.Protocol.TCP ? PortSpec.tcp(from, description)
                        : PortSpec.udp(from, description));
            }
            throw new IllegalArgumentException(description + " applies to ports and security group rules, not to "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }, (v, c) -> {
            if (v instanceof ServicePort port) {
                DescribedPredicate.Reason reason = DescribedPredicate.Reason.ofUnknown(port.port(), "port");
                return reason != null ? reason : DescribedPredicate.Reason.ofUnknown(port.protocol(), "protocol");
            }
            return v instanceof SgRule rule && rule.firstUnknownProtocolOrPort() != null
                    ? DescribedPredicate.Reason.ofUnknown(rule.firstUnknownProtocolOrPort(), "protocol or port")
                    : null;
        });
    }

    // ---- CIDR blocks: a CIDR string (cidr_blocks) or a security group rule (all its blocks) ----

    /**
     * "within 10.0.0.0/8": a block inside it; a rule all of whose CIDR blocks are inside it (so a rule with none,
     * that names only security groups or prefix lists, is too).
     */
    public static DescribedPredicate<Object> cidrWithin(String range) {
        Cidr outer = Cidr.parse(range).orElseThrow(() -> new IllegalArgumentException("'" + range
                + "' is not a CIDR block"));
        return cidrMatcher("within " + range, cidr -> outer.contains(cidr), true);
    }

    /** "open to the internet": 0.0.0.0/0 or ::/0; a rule with such a block. */
    public static DescribedPredicate<Object> openToInternet() {
        return cidrMatcher("open to the internet", Cidr::isEverything, false);
    }

    private static DescribedPredicate<Object> cidrMatcher(String description,
                                                          java.util.function.Predicate<Cidr> test, boolean every) {
        return DescribedPredicate.of(description, (v, c) -> {
            if (v instanceof String text) {
                return Cidr.parse(text).map(cidr -> Tri.of(test.test(cidr))).orElse(Tri.FALSE);
            }
            if (v instanceof SgRule rule) {
                List<Value<String>> blocks = new ArrayList<>(rule.ipv4Cidrs());
                blocks.addAll(rule.ipv6Cidrs());
                if (blocks.isEmpty()) {
                    return Tri.of(every);
                }
                Tri answer = every ? Tri.TRUE : Tri.FALSE;
                for (Value<String> block : blocks) {
                    Tri one = block.isUnknown() ? Tri.UNKNOWN : block.test(t -> Cidr.parse(t).map(test::test)
                            .orElse(false));
                    answer = every ? answer.and(one) : answer.or(one);
                }
                return answer;
            }
            throw new IllegalArgumentException(description + " applies to CIDR blocks and security group rules, not to "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }, (v, c) -> {
            if (v instanceof SgRule rule) {
                List<Value<String>> blocks = new ArrayList<>(rule.ipv4Cidrs());
                blocks.addAll(rule.ipv6Cidrs());
                for (Value<String> block : blocks) {
                    if (block.isUnknown()) {
                        return DescribedPredicate.Reason.ofUnknown(block, "cidr_blocks");
                    }
                }
            }
            return null;
        });
    }

    // ---- annotations and labels of any Kubernetes object ----

    /** "have annotation 'key'" (any value). */
    public static <T extends K8sResource> DescribedPredicate<T> haveAnnotation(String key) {
        return metadata("have annotation '" + key + "'", "annotation " + key, o -> o.meta().annotation(key), null);
    }

    /** "have annotation 'key' = 'value'" (the value compared after trimming). */
    public static <T extends K8sResource> DescribedPredicate<T> haveAnnotation(String key, String value) {
        return metadata("have annotation '" + key + "' = '" + value + "'", "annotation " + key,
                o -> o.meta().annotation(key), value);
    }

    /** "have label 'key'" (any value). */
    public static <T extends K8sResource> DescribedPredicate<T> haveLabel(String key) {
        return metadata("have label '" + key + "'", "label " + key, o -> label(o, key), null);
    }

    /** "have label 'key' = 'value'". */
    public static <T extends K8sResource> DescribedPredicate<T> haveLabel(String key, String value) {
        return metadata("have label '" + key + "' = '" + value + "'", "label " + key, o -> label(o, key), value);
    }

    private static Value<String> label(K8sResource object, String key) {
        Value<String> value = object.meta().labels().get(key);
        return value != null ? value : Value.absent(object.meta().metadataLocation());
    }

    private static <T extends K8sResource> DescribedPredicate<T> metadata(
            String description, String what, java.util.function.Function<T, Value<String>> read, String expected) {
        return word(description,
                (o, c) -> read.apply(o).test(v -> expected == null || v.trim().equals(expected)),
                (o, c) -> read.apply(o).location(),
                (o, c) -> DescribedPredicate.Reason.ofUnknown(read.apply(o), what));
    }

    // ---- checks ----

    /**
     * "should satisfy PREDICATE": a subject for which the predicate is false is reported ("Service shop/web should
     * have annotation 'example.com/owner'"), at the place the answer
     * was decided (the field, the port entry, the {@code metadata:} key) or else at the subject; one for which it is
     * unknown is listed by {@code --strict}, never reported.
     */
    public static <T extends ModelElement> Condition<T> satisfy(DescribedPredicate<? super T> predicate) {
        return new Condition<>(predicate.description()) {
            @Override
            public void check(T subject, EvalContext context, ConditionEvents events) {
                Tri answer = predicate.test(subject, context);
                if (answer.isFalse()) {
                    Location where = Word.whereOf(predicate, subject, context);
                    events.violation(subject, where != null ? () -> where : subject,
                            subject.describe() + " should " + predicate.description());
                } else if (answer.isUnknown()) {
                    DescribedPredicate.Reason reason = predicate.whyUnknown(subject, context);
                    if (reason != null) {
                        events.unverifiable(subject, reason::location, reason.message());
                    } else {
                        events.unverifiable(subject, subject, "whether it does " + predicate.description()
                                + " is not known");
                    }
                }
            }
        };
    }

    private static <T> Word<T> word(String description, BiFunction<T, EvalContext, Tri> test,
                                    BiFunction<T, EvalContext, Location> where,
                                    BiFunction<T, EvalContext, DescribedPredicate.Reason> whyUnknown) {
        return new Word<>(description) {
            @Override
            public Tri test(T element, EvalContext context) {
                return test.apply(element, context);
            }

            @Override
            public Location where(T element, EvalContext context) {
                return where.apply(element, context);
            }

            @Override
            public DescribedPredicate.Reason whyUnknown(T element, EvalContext context) {
                return whyUnknown.apply(element, context);
            }
        };
    }
}
