package dev.netlint.core.lang.words;

import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.k8s.Ingress;
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
        field(Service.class, "spec.healthCheckNodePort", s -> one(s.healthCheckNodePort()));
        field(Service.class, "spec.loadBalancerSourceRanges", s -> List.copyOf(s.loadBalancerSourceRanges()));
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
        field(Ingress.class, "spec.ingressClassName", i -> one(i.ingressClassName()));
        field(Vpc.class, "cidr_block", v -> one(v.cidrBlock()));
        field(Vpc.class, "ipv6_cidr_block", v -> one(v.ipv6CidrBlock()));
        field(Vpc.class, "assign_generated_ipv6_cidr_block", v -> one(v.assignGeneratedIpv6CidrBlock()));
        field(Vpc.class, "enable_dns_support", v -> one(v.enableDnsSupport()));
        field(Vpc.class, "enable_dns_hostnames", v -> one(v.enableDnsHostnames()));
        field(Subnet.class, "cidr_block", s -> one(s.cidrBlock()));
        field(Subnet.class, "ipv6_cidr_block", s -> one(s.ipv6CidrBlock()));
        field(Subnet.class, "availability_zone", s -> one(s.availabilityZone()));
        field(Subnet.class, "map_public_ip_on_launch", s -> one(s.mapPublicIpOnLaunch()));
        field(Subnet.class, "assign_ipv6_address_on_creation", s -> one(s.assignIpv6AddressOnCreation()));
        field(Subnet.class, "ipv6_native", s -> one(s.ipv6Native()));
        field(EksCluster.class, "name", c -> one(c.name()));
        field(EksCluster.class, "vpc_config.endpoint_public_access", c -> one(c.endpointPublicAccess()));
        field(EksCluster.class, "vpc_config.endpoint_private_access", c -> one(c.endpointPrivateAccess()));
        field(EksCluster.class, "vpc_config.public_access_cidrs", c -> items(c.publicAccessCidrs()));
        field(EksCluster.class, "kubernetes_network_config.ip_family", c -> one(c.ipFamily()));
        field(EksCluster.class, "kubernetes_network_config.service_ipv4_cidr", c -> one(c.serviceIpv4Cidr()));
        field(NodeGroup.class, "instance_types", n -> items(n.instanceTypes()));
        field(NodeGroup.class, "ami_type", n -> one(n.amiType()));
        field(LaunchTemplate.class, "instance_type", t -> one(t.instanceType()));
        field(LaunchTemplate.class, "image_id", t -> one(t.imageId()));
        for (CniVariable variable : CniVariable.values()) {
            field(CniSource.class, variable.name(), c -> one(c.variable(variable)));
        }
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

    /**
     * A list setting read entry by entry: each entry with its place when the list is known; the list itself (unknown,
     * or absent at the block that lacks it) otherwise.
     */
    private static <E> List<Value<?>> items(Value<List<Value<E>>> list) {
        if (list instanceof Value.Known<List<Value<E>>> known) {
            return List.copyOf(known.value());
        }
        return List.of(list);
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
