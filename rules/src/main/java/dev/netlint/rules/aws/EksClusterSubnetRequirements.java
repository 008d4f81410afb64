package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.analysis.ClusterNodes;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.Location;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** NET009 eks-cluster-subnet-requirements. Its bad and good examples: {@code dev/netlint/rules/examples/NET009/}. */
public final class EksClusterSubnetRequirements {

    private EksClusterSubnetRequirements() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET009", "eks-cluster-subnet-requirements");
        rule.severity(ERROR);
        rule.summary("EKS cluster subnets must be /28 or larger, in at least two AZs of one VPC, and apart from the "
                + "nodes");
        rule.notes("EKS-NETWORKING.md:45 \"It is recommended to have a separate subnet for EKS ENIs. EKS needs at "
                + "least 6 IP addresses in each subnet (smallest subnet with 16 IPs is recommended)\"");
        rule.rationale("EKS places 2-4 network interfaces in the subnets of vpc_config.subnet_ids. AWS reserves 5 "
                + "addresses per subnet, so a /29 leaves 3, fewer than the 6 EKS needs, and EKS rejects subnets "
                + "smaller than /28. The EKS API requires subnets in at least two availability zones, all in one VPC. "
                + "When nodes share the cluster subnets they can take the free addresses EKS needs, for example when "
                + "an upgrade recreates its interfaces (EKS user guide, network requirements). A subnet_ids list of "
                + "one item is one subnet whatever it names (a literal subnet- id, a variable), so it is flagged even "
                + "when that subnet is not in the input. Not about load balancer controllers or EKS Auto Mode.");
        rule.fix("Give the cluster dedicated /28 (or larger) subnets in at least two availability zones of one VPC, "
                + "separate from the node and pod subnets.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html");
        rule.example(Examples.of("NET009"));
        rule.check(clusters().should(useSubnetsOfAtLeast16Addresses())
                .because("EKS needs at least 6 free addresses in each cluster subnet"));
        rule.check(clusters().should(useSubnetsInTwoAvailabilityZonesOfOneVpc())
                .because("the EKS API requires subnets in two availability zones of one VPC"));
        rule.check(INFO, clusters().should(keepClusterSubnetsApartFromNodes())
                .because("nodes and pods can use up the addresses EKS needs for its network interfaces"));
        return rule.build();
    }

    /** NET009 (a): every cluster subnet has at least 16 addresses (/28). */
    private static Condition<EksCluster> useSubnetsOfAtLeast16Addresses() {
        return new Condition<>("use subnets of /28 or larger") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                RelatedLocation clusterAt = new RelatedLocation(cluster.subnetIds().location(),
                        "used by " + cluster.address() + " for its control-plane network interfaces");
                for (Subnet subnet : network.resolved()) {
                    Integer prefix = null;
                    Location at = null;
                    if (subnet.cidrBlock().isKnown()) {
                        Optional<Cidr> cidr = Cidr.parse(subnet.cidrBlock().orNull());
                        if (cidr.isPresent() && cidr.get().isIpv4()) {
                            prefix = cidr.get().prefixLength();
                            at = subnet.cidrBlock().location();
                        }
                    } else if (subnet.ipv4NetmaskLength().isKnown()) {
                        prefix = subnet.ipv4NetmaskLength().orNull();
                        at = subnet.ipv4NetmaskLength().location();
                    }
                    if (prefix == null) {
                        if (subnet.cidrBlock().isUnknown()) {
                            events.unknown(subnet, subnet.cidrBlock(), "cidr_block of " + subnet.address());
                        } else if (subnet.ipv4NetmaskLength().isUnknown()) {
                            events.unknown(subnet, subnet.ipv4NetmaskLength(), "ipv4_netmask_length of "
                                    + subnet.address());
                        }
                        continue;
                    }
                    if (prefix > 28) {
                        long total = 1L << (32 - prefix);
                        long free = Math.max(0, total - 5);
                        events.add(new Violation(subnet, at, subnet.address() + " is a /" + prefix + " ("
                                + total + " addresses, " + free + " usable after AWS reserves 5): EKS needs at "
                                + "least 6 free addresses per cluster subnet and rejects subnets smaller than /28",
                                List.of(clusterAt), null));
                    }
                }
            }
        };
    }

    /** NET009 (b): cluster subnets in at least two AZs, all in one VPC. */
    private static Condition<EksCluster> useSubnetsInTwoAvailabilityZonesOfOneVpc() {
        return new Condition<>("use subnets in at least two availability zones of one VPC") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                if (!network.complete() && network.subnets().size() == 1) {
                    // one written item is one subnet, whatever it names: certainly fewer than two zones
                    events.violation(cluster, cluster.subnetIds(), "vpc_config.subnet_ids of " + cluster.describe()
                            + " names only 1 subnet ("
                            + describe(network.subnets().get(0).ref()) + "): EKS requires subnets in at least two "
                            + "availability zones");
                    return;
                }
                if (!network.complete() || network.subnets().isEmpty()) {
                    if (!network.complete()) {
                        dev.netlint.core.analysis.Undecided why = network.whyIncomplete().orElseThrow();
                        events.unverifiable(cluster, why::location, why.message());
                    }
                    return;
                }
                List<Subnet> subnets = network.resolved();
                checkAvailabilityZones(cluster, subnets, events);
                checkSingleVpc(cluster, subnets, events);
            }
        };
    }

    private static String describe(Value<ResourceRef> id) {
        if (id instanceof Value.Unknown<ResourceRef> unknown) {
            return "a value netlint cannot resolve: " + unknown.reason();
        }
        ResourceRef ref = id.orNull();
        return ref == null ? "no value" : ref.isResource() ? ref.address() : ref.literal();
    }

    private static void checkAvailabilityZones(EksCluster cluster, List<Subnet> subnets, ConditionEvents events) {
        String kind = null;
        Map<String, Subnet> zones = new LinkedHashMap<>();
        for (Subnet subnet : subnets) {
            ClusterNetwork.AzKey key = ClusterNetwork.availabilityZoneKey(subnet);
            if (key == null || (kind != null && !kind.equals(key.kind()))) {
                if (subnets.size() > 1) {
                    if (key == null && subnet.availabilityZone().isUnknown()) {
                        events.unknown(cluster, subnet.availabilityZone(), "availability_zone of " + subnet.address());
                    } else if (key == null && subnet.availabilityZoneId().isUnknown()) {
                        events.unknown(cluster, subnet.availabilityZoneId(), "availability_zone_id of "
                                + subnet.address());
                    } else {
                        events.unverifiable(cluster, subnet, key == null
                                ? subnet.address() + " sets no availability zone, so AWS picks one"
                                : "the availability zones of the subnets of " + cluster.address() + " are written in"
                                + " different forms (names, ids, or lookups), so they cannot be compared");
                    }
                    return;
                }
            } else {
                kind = key.kind();
                zones.putIfAbsent(key.value(), subnet);
            }
        }
        if (subnets.size() >= 2 && zones.size() >= 2) {
            return;
        }
        List<RelatedLocation> related = new ArrayList<>();
        for (Subnet subnet : subnets) {
            related.add(new RelatedLocation(azLocation(subnet), subnet.address() + " is in this availability zone"));
        }
        String message = subnets.size() < 2
                ? "vpc_config.subnet_ids of " + cluster.describe() + " names only " + subnets.size()
                + " subnet: EKS requires subnets in at least two availability zones"
                : "every subnet in vpc_config.subnet_ids of " + cluster.describe() + " is in the same availability zone ("
                + describeZone(subnets.get(0)) + "): EKS requires subnets in at least two availability zones";
        events.violation(cluster, cluster.subnetIds(), message, related.toArray(RelatedLocation[]::new));
    }

    private static Location azLocation(Subnet subnet) {
        if (!subnet.availabilityZone().isAbsent()) {
            return subnet.availabilityZone().location();
        }
        return subnet.availabilityZoneId().isAbsent() ? subnet.location() : subnet.availabilityZoneId().location();
    }

    private static String describeZone(Subnet subnet) {
        ClusterNetwork.AzKey key = ClusterNetwork.availabilityZoneKey(subnet);
        if (key == null) {
            return "unknown";
        }
        return key.kind().equals("name") || key.kind().equals("id") ? key.value() : key.kind() + key.value();
    }

    private static void checkSingleVpc(EksCluster cluster, List<Subnet> subnets, ConditionEvents events) {
        Map<String, Subnet> vpcs = new LinkedHashMap<>();
        Boolean references = null;
        for (Subnet subnet : subnets) {
            ResourceRef vpc = subnet.vpc().orNull();
            if (vpc == null || (references != null && references != vpc.isResource())) {
                if (vpc == null) {
                    events.unknown(subnet, subnet.vpc(), "vpc_id of " + subnet.address());
                } else {
                    events.unverifiable(cluster, subnet.vpc(), "the subnets of " + cluster.address() + " name their"
                            + " VPCs both by reference and by literal id, so netlint cannot tell whether they agree");
                }
                return;
            }
            references = vpc.isResource();
            vpcs.putIfAbsent(vpc.toString().replaceAll("\\.id$", ""), subnet);
        }
        if (vpcs.size() < 2) {
            return;
        }
        List<RelatedLocation> related = new ArrayList<>();
        vpcs.forEach((vpc, subnet) -> related.add(new RelatedLocation(subnet.vpc().location(),
                subnet.address() + " is in " + vpc)));
        events.violation(cluster, cluster.subnetIds(), "vpc_config.subnet_ids of " + cluster.describe() + " spans "
                + vpcs.size() + " VPCs ("
                + String.join(", ", vpcs.keySet()) + "): all cluster subnets must be in one VPC",
                related.toArray(RelatedLocation[]::new));
    }

    /** NET009 (c): cluster subnets are not shared with nodes, which can use up their free addresses. */
    private static Condition<EksCluster> keepClusterSubnetsApartFromNodes() {
        return new Condition<>("use subnets that no node group uses") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                if (!(cluster.subnetIds() instanceof Value.Known<List<Value<ResourceRef>>> clusterIds)) {
                    return;
                }
                for (Value<ResourceRef> clusterId : clusterIds.value()) {
                    List<String> users = new ArrayList<>();
                    List<RelatedLocation> related = new ArrayList<>();
                    for (NodeGroup nodes : ClusterNodes.of(cluster, context)) {
                        if (!(nodes.subnetIds() instanceof Value.Known<List<Value<ResourceRef>>> nodeIds)) {
                            continue;
                        }
                        for (Value<ResourceRef> nodeId : nodeIds.value()) {
                            if (ClusterNetwork.sameSubnet(clusterId, nodeId).isTrue()
                                    && !users.contains(nodes.address())) {
                                users.add(nodes.address());
                                related.add(new RelatedLocation(nodeId.location(), nodes.address()
                                        + " places nodes in the same subnet"));
                            }
                        }
                    }
                    if (!users.isEmpty()) {
                        ResourceRef subnet = clusterId.orNull();
                        events.add(new Violation(cluster, clusterId.location(), "subnet "
                                + (subnet.isResource() ? subnet.address() : subnet.literal()) + " of " + cluster.describe() + " is also used by " + String.join(", ", users)
                                + ": nodes and pods can take the free addresses EKS needs for its network "
                                + "interfaces (for example during an upgrade)", related, null));
                    }
                }
            }
        };
    }
}
