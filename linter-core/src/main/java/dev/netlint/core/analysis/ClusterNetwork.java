package dev.netlint.core.analysis;

import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subnets and VPCs an EKS cluster's {@code vpc_config.subnet_ids} lead to, and the managed node groups that join
 * the cluster. {@code complete} is false when the subnet list is unknown or names a subnet outside the input
 * (a literal id, a module output), so whole-set questions (how many AZs, how many VPCs) cannot be answered.
 */
public record ClusterNetwork(EksCluster cluster, List<Member> subnets, boolean complete) {

    /** One entry of {@code subnet_ids}: the written value, and the subnet it names when that is in the input. */
    public record Member(Value<ResourceRef> ref, Subnet subnet) {
        public boolean isResolved() {
            return subnet != null;
        }
    }

    public static ClusterNetwork of(EksCluster cluster, AnalysisContext context) {
        return of(cluster, cluster.subnetIds(), context);
    }

    /** The subnets a list of subnet ids names (a cluster's, a node group's). */
    public static ClusterNetwork of(EksCluster cluster, Value<List<Value<ResourceRef>>> ids, AnalysisContext context) {
        if (!(ids instanceof Value.Known<List<Value<ResourceRef>>> known)) {
            return new ClusterNetwork(cluster, List.of(), false);
        }
        List<Member> members = new ArrayList<>();
        boolean complete = true;
        for (Value<ResourceRef> id : known.value()) {
            Subnet subnet = subnet(id, context).orElse(null);
            complete &= subnet != null;
            members.add(new Member(id, subnet));
        }
        return new ClusterNetwork(cluster, List.copyOf(members), complete);
    }

    static Optional<Subnet> subnet(Value<ResourceRef> id, AnalysisContext context) {
        ResourceRef ref = id.orNull();
        if (ref == null || !ref.isResource()) {
            return Optional.empty();
        }
        return context.workspace().resource(ref.address(), Subnet.class);
    }

    /**
     * Why the subnets are not all known, as a sentence for --strict, and where: the unknown list, an unknown item,
     * or the first subnet outside the input. Null when complete.
     */
    public Optional<Undecided> whyIncomplete() {
        if (complete) {
            return Optional.empty();
        }
        Value<List<Value<ResourceRef>>> ids = cluster.subnetIds();
        for (Member member : subnets) {
            if (member.isResolved()) {
                continue;
            }
            if (member.ref() instanceof Value.Unknown<ResourceRef> unknown) {
                return Optional.of(new Undecided(unknown.location(),
                        "a subnet of " + cluster.address() + " is not known: " + unknown.reason()));
            }
            return Optional.of(new Undecided(member.ref().location(), "subnet "
                    + member.ref().orNull() + " of " + cluster.address() + " is not in the input"));
        }
        return Optional.of(new Undecided(ids.location(), ids instanceof Value.Unknown<?> unknown
                ? "the subnets of " + cluster.address() + " are not known: " + unknown.reason()
                : "the subnets of " + cluster.address() + " are not known"));
    }

    /** The subnets of the input among the list. */
    public List<Subnet> resolved() {
        return subnets.stream().filter(Member::isResolved).map(Member::subnet).distinct().toList();
    }

    /** The VPCs of the input that the resolved subnets belong to, each once, in subnet order. */
    public List<Vpc> vpcs(AnalysisContext context) {
        Map<String, Vpc> vpcs = new LinkedHashMap<>();
        for (Subnet subnet : resolved()) {
            vpcOf(subnet, context).ifPresent(v -> vpcs.putIfAbsent(v.address(), v));
        }
        return List.copyOf(vpcs.values());
    }

    public static Optional<Vpc> vpcOf(Subnet subnet, AnalysisContext context) {
        ResourceRef ref = subnet.vpc().orNull();
        if (ref == null || !ref.isResource()) {
            return Optional.empty();
        }
        return context.workspace().resource(ref.address(), Vpc.class);
    }

    /** The managed node groups that name this cluster (by reference, or by its literal name). */
    public static List<NodeGroup> nodeGroupsOf(EksCluster cluster, AnalysisContext context) {
        if (context.workspace().isAmbiguous(cluster.address())) {
            return List.of(); // several root modules define this cluster: their node groups cannot be told apart
        }
        Map<String, List<NodeGroup>> byCluster = context.workspace().derived(NODE_GROUPS_BY_CLUSTER,
                () -> indexNodeGroups(context));
        List<NodeGroup> result = new ArrayList<>(byCluster.getOrDefault("address:" + cluster.address(), List.of()));
        String name = cluster.name().orNull();
        if (name != null && context.workspace().clusters().stream().filter(c -> name.equals(c.name().orNull())).count() == 1) {
            result.addAll(byCluster.getOrDefault("name:" + name, List.of()));
        }
        return result;
    }

    private static final Object NODE_GROUPS_BY_CLUSTER = new Object();

    /** Node groups by the cluster they name: "address:aws_eks_cluster.x" or "name:literal". Built once per run. */
    private static Map<String, List<NodeGroup>> indexNodeGroups(AnalysisContext context) {
        Map<String, List<NodeGroup>> index = new java.util.HashMap<>();
        for (NodeGroup group : context.workspace().nodeGroups()) {
            ResourceRef ref = group.cluster().orNull();
            if (ref != null) {
                String key = ref.isResource() ? "address:" + ref.address() : "name:" + ref.literal();
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
            }
        }
        return index;
    }

    /** Whether two subnet id values name the same subnet: TRUE/FALSE for two references or two literals. */
    public static Tri sameSubnet(Value<ResourceRef> a, Value<ResourceRef> b) {
        ResourceRef x = a.orNull();
        ResourceRef y = b.orNull();
        if (x == null || y == null || x.isResource() != y.isResource()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(x.isResource() ? x.address().equals(y.address()) : x.literal().equals(y.literal()));
    }

    /**
     * What two subnets' AZs can be compared by (RULES.md NET009 "AZ comparison"): the literal AZ name, else the AZ id,
     * else an index into one data source ({@code data.aws_availability_zones.X.names[i]}: equal indexes into the same
     * list are the same AZ, different ones differ); null when none is known. Only keys of the same {@code kind} can
     * be compared: a name and an id, or indexes into two data sources, say nothing about each other.
     */
    public record AzKey(String kind, String value) {}

    public static AzKey availabilityZoneKey(Subnet subnet) {
        if (subnet.availabilityZone().isKnown()) {
            return new AzKey("name", subnet.availabilityZone().orNull());
        }
        if (subnet.availabilityZoneId().isKnown()) {
            return new AzKey("id", subnet.availabilityZoneId().orNull());
        }
        String lookup = subnet.availabilityZoneLookup().orNull();
        if (lookup != null) {
            int bracket = lookup.indexOf('[');
            return new AzKey(lookup.substring(0, bracket), lookup.substring(bracket));
        }
        return null;
    }
}
