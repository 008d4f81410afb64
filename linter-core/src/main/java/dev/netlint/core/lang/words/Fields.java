package dev.netlint.core.lang.words;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The named fields {@code have(field, ...)} reads, per kind of subject, named as the manifest or Terraform writes
 * them. A field reads as a list of values with their places: one for a single setting (absent when not written,
 * unknown when netlint cannot work it out), one per entry for a list ({@code spec.ports}, a group's rules).
 */
final class Fields {

    private record Field(Class<?> owner, Function<Object, List<Value<?>>> read) {}

    private static final Map<String, List<Field>> FIELDS = new LinkedHashMap<>();

    static {
        field(K8sResource.class, "metadata.namespace", o -> one(text(o.namespace(), o)));
        field(K8sResource.class, "metadata.name", o -> one(text(o.name(), o)));
        field(Service.class, "spec.type", s -> one(s.type()));
        field(Service.class, "spec.ports", s -> entries(s.ports(), ServicePort::location));
        field(Service.class, "spec.externalTrafficPolicy", s -> one(s.externalTrafficPolicy()));
        field(Service.class, "spec.loadBalancerClass", s -> one(s.loadBalancerClass()));
        field(Service.class, "spec.ipFamilyPolicy", s -> one(s.ipFamilyPolicy()));
        field(Service.class, "spec.ipFamilies", s -> List.copyOf(s.ipFamilies()));
        field(Service.class, "spec.externalIPs", s -> List.copyOf(s.externalIPs()));
        field(Service.class, "spec.allocateLoadBalancerNodePorts", s -> one(s.allocateLoadBalancerNodePorts()));
        field(ServicePort.class, "port", p -> one(p.port()));
        field(ServicePort.class, "nodePort", p -> one(p.nodePort()));
        field(ServicePort.class, "protocol", p -> one(p.protocol()));
        field(ServicePort.class, "name", p -> one(p.name()));
        field(ServicePort.class, "targetPort", p -> one(p.targetPort()));
        field(SecurityGroup.class, "ingress", g -> entries(g.ingress(), SgRule::location));
        field(SecurityGroup.class, "egress", g -> entries(g.egress(), SgRule::location));
        field(SgRule.class, "protocol", r -> one(r.protocol()));
        field(SgRule.class, "from_port", r -> one(r.fromPort()));
        field(SgRule.class, "to_port", r -> one(r.toPort()));
        field(SgRule.class, "cidr_blocks", r -> List.copyOf(r.ipv4Cidrs()));
        field(SgRule.class, "ipv6_cidr_blocks", r -> List.copyOf(r.ipv6Cidrs()));
    }

    private Fields() {}

    @SuppressWarnings("unchecked")
    private static <T> void field(Class<T> owner, String name, Function<T, List<Value<?>>> read) {
        FIELDS.computeIfAbsent(name, n -> new ArrayList<>()).add(new Field(owner, o -> read.apply((T) o)));
    }

    private static Value<?> text(String text, K8sResource object) {
        return text == null ? Value.absent(object.meta().metadataLocation())
                : Value.known(text, object.meta().metadataLocation());
    }

    private static List<Value<?>> one(Value<?> value) {
        return List.of(value);
    }

    private static <E> List<Value<?>> entries(List<E> entries, Function<E, dev.netlint.core.source.Location> at) {
        List<Value<?>> values = new ArrayList<>();
        entries.forEach(e -> values.add(Value.known(e, at.apply(e))));
        return values;
    }

    /** Refuses, when the rule is built, a field name no subject has. */
    static void requireKnown(String name) {
        if (!FIELDS.containsKey(name)) {
            throw new IllegalArgumentException("unknown field '" + name + "'; known fields: "
                    + String.join(", ", new TreeSet<>(FIELDS.keySet())));
        }
    }

    /** The values of field {@code name} of {@code subject}; an error when its kind has no such field. */
    static List<Value<?>> read(Object subject, String name) {
        for (Field field : FIELDS.getOrDefault(name, List.of())) {
            if (field.owner().isInstance(subject)) {
                return field.read().apply(subject);
            }
        }
        throw new IllegalArgumentException("a " + subject.getClass().getSimpleName() + " has no field '" + name + "'");
    }
}
