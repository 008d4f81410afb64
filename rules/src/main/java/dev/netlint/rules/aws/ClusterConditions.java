package dev.netlint.rules.aws;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Unverified;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.DhcpOptions;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What EKS clusters should have: endpoint access (NET005–NET007), DNS in their VPC (NET008), control-plane subnets
 * (NET009), IPv6 prerequisites (NET011) and the service CIDR (NET027). Defaults come from RULES.md §1.2; unknown
 * values never give a finding, they count as unverifiable.
 */
final class ClusterConditions {

    private ClusterConditions() {}

    // -------------------------------------------------------------------------------------------------------------
    // endpoint access

    /** The effective {@code endpoint_public_access} (default true); null when unknown. */
    private static Boolean publicAccess(EksCluster cluster) {
        return cluster.endpointPublicAccess().orDefault(true);
    }

    /** The effective {@code endpoint_private_access} (default false); null when unknown. */
    private static Boolean privateAccess(EksCluster cluster) {
        return cluster.endpointPrivateAccess().orDefault(false);
    }

    /** Records why the cluster's VPC is not known (NET008 needs it). */
    private static void reportUnknownVpc(EksCluster cluster, ClusterNetwork network, ConditionEvents events) {
        dev.netlint.core.analysis.Undecided why = network.whyIncomplete();
        if (why != null) {
            events.unverifiable(cluster, why::location, why.message());
            return;
        }
        for (Subnet subnet : network.resolved()) {
            Value<ResourceRef> vpc = subnet.vpc();
            if (vpc.isUnknown()) {
                events.unknown(cluster, vpc, "vpc_id of " + subnet.address());
            } else if (vpc.isKnown()) {
                events.unverifiable(cluster, vpc, "VPC " + vpc.orNull() + " of " + subnet.address()
                        + " is not in the input");
            }
            return;
        }
    }

    /** Records which endpoint access setting left a check undecided. */
    private static void reportUnknownEndpointAccess(EksCluster cluster, Boolean isPublic, ConditionEvents events) {
        if (isPublic == null) {
            events.unknown(cluster, cluster.endpointPublicAccess(), "endpoint_public_access");
        } else {
            events.unknown(cluster, cluster.endpointPrivateAccess(), "endpoint_private_access");
        }
    }

    /** Where a finding about a setting of {@code vpc_config} goes: the setting when written, else the block. */
    private static Location settingOrBlock(Value<?> value, EksCluster cluster) {
        return value.isAbsent() ? cluster.vpcConfigLocation() : value.location();
    }

    /** NET005: a public endpoint (the default) must not accept 0.0.0.0/0 or ::/0 (the EKS default list). */
    static Condition<EksCluster> notOpenThePublicEndpointToTheInternet() {
        return new Condition<>("not open the public API endpoint to the internet") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Boolean isPublic = publicAccess(cluster);
                if (isPublic == null) {
                    events.unknown(cluster, cluster.endpointPublicAccess(), "endpoint_public_access");
                    return;
                }
                if (!isPublic) {
                    return;
                }
                String how = cluster.describe() + (cluster.endpointPublicAccess().isAbsent()
                        ? " is public by default" : " has endpoint_public_access = true");
                Value<List<Value<String>>> cidrs = cluster.publicAccessCidrs();
                if (cidrs.isAbsent()) {
                    events.violation(cluster, () -> settingOrBlock(cluster.endpointPublicAccess(), cluster),
                            how + " and sets no public_access_cidrs, so EKS allows 0.0.0.0/0: anyone on the "
                                    + "internet can reach the Kubernetes API endpoint");
                    return;
                }
                if (!(cidrs instanceof Value.Known<List<Value<String>>> known)) {
                    events.unknown(cluster, cidrs, "public_access_cidrs");
                    return;
                }
                if (known.value().isEmpty()) {
                    events.violation(cluster, known, how + " and public_access_cidrs is empty, so EKS keeps its "
                            + "default 0.0.0.0/0: anyone on the internet can reach the Kubernetes API endpoint");
                    return;
                }
                Value<String> unknownItem = null;
                for (Value<String> cidr : known.value()) {
                    if (!cidr.isKnown()) {
                        unknownItem = unknownItem == null ? cidr : unknownItem;
                        continue;
                    }
                    Optional<Cidr> parsed = Cidr.parse(cidr.orNull());
                    if (parsed.isPresent() && parsed.get().isEverything()) {
                        // the item may be written in a variable default or a local: point back at the setting
                        List<RelatedLocation> related = new java.util.ArrayList<>();
                        if (!cidr.location().file().equals(known.location().file())
                                || cidr.location().line() != known.location().line()) {
                            related.add(new RelatedLocation(known.location(),
                                    "public_access_cidrs of " + cluster.address() + " takes its value from there"));
                        }
                        // a default list written in another file (a module's variables): the flag is the setting
                        // the user wrote, and where a module's finding goes (CallSites)
                        Value<Boolean> flag = cluster.endpointPublicAccess();
                        if (flag.isKnown() && !flag.location().file().equals(cidr.location().file())) {
                            related.add(new RelatedLocation(flag.location(), "endpoint_public_access = true is set "
                                    + "here"));
                        }
                        events.violation(cluster, cidr, how + " and public_access_cidrs allows " + parsed.get()
                                + ": anyone on the internet can reach the Kubernetes API endpoint",
                                related.toArray(new RelatedLocation[0]));
                        return;
                    }
                }
                if (unknownItem != null) {
                    events.unknown(cluster, unknownItem, "an entry of public_access_cidrs");
                    return;
                }
                java.math.BigInteger covered = ipv4Coverage(known.value());
                if (covered.shiftLeft(1).compareTo(java.math.BigInteger.ONE.shiftLeft(32)) >= 0) {
                    events.violation(cluster, known, how + " and public_access_cidrs together cover half or more "
                            + "of the IPv4 address space: the endpoint is as good as open to the internet");
                }
            }
        };
    }

    /** How many IPv4 addresses the blocks cover together (CIDR blocks either nest or are disjoint). */
    private static java.math.BigInteger ipv4Coverage(List<Value<String>> cidrs) {
        List<Cidr> blocks = new ArrayList<>();
        for (Value<String> cidr : cidrs) {
            Cidr.parse(cidr.orNull()).filter(Cidr::isIpv4).ifPresent(blocks::add);
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (int i = 0; i < blocks.size(); i++) {
            Cidr block = blocks.get(i);
            boolean nested = false;
            for (int j = 0; j < blocks.size() && !nested; j++) {
                Cidr other = blocks.get(j);
                nested = j != i && other.contains(block) && (!block.equals(other) || j < i);
            }
            if (!nested) {
                total = total.add(block.addressCount());
            }
        }
        return total;
    }

    /** NET006: a public endpoint restricted by CIDRs needs the private endpoint for nodes inside the VPC. */
    static Condition<EksCluster> enablePrivateAccessWhenThePublicEndpointIsRestricted() {
        return new Condition<>("enable private endpoint access when the public endpoint is restricted") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Boolean isPublic = publicAccess(cluster);
                Boolean isPrivate = privateAccess(cluster);
                if (isPublic == null || isPrivate == null) {
                    reportUnknownEndpointAccess(cluster, isPublic, events);
                    return;
                }
                if (!isPublic || isPrivate
                        || !(cluster.publicAccessCidrs() instanceof Value.Known<List<Value<String>>> cidrs)
                        || cidrs.value().isEmpty()) {
                    if (cluster.publicAccessCidrs().isUnknown() && isPublic && !isPrivate) {
                        events.unknown(cluster, cluster.publicAccessCidrs(), "public_access_cidrs");
                    }
                    return;
                }
                for (Value<String> cidr : cidrs.value()) {
                    if (!cidr.isKnown()) {
                        // it could be 0.0.0.0/0, which is NET005's case
                        events.unknown(cluster, cidr, "an entry of public_access_cidrs");
                        return;
                    }
                    if (Cidr.parse(cidr.orNull()).map(Cidr::isEverything).orElse(false)) {
                        return; // open to everything: NET005
                    }
                }
                String privateSetting = cluster.describe() + (cluster.endpointPrivateAccess().isAbsent()
                        ? " does not set endpoint_private_access (default false)"
                        : " has endpoint_private_access = false");
                events.violation(cluster, () -> settingOrBlock(cluster.endpointPrivateAccess(), cluster),
                        privateSetting + " while public_access_cidrs restricts the public endpoint: nodes and "
                                + "Fargate pods reach the API through the public endpoint, from their NAT or "
                                + "public IPs, which must then all be in public_access_cidrs",
                        new RelatedLocation(cidrs.location(), "public_access_cidrs restricts the public endpoint"));
            }
        };
    }

    /** NET007: EKS rejects disabling both endpoints. */
    static Condition<EksCluster> keepAtLeastOneEndpointEnabled() {
        return new Condition<>("keep the public or the private API endpoint enabled") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Boolean isPublic = publicAccess(cluster);
                Boolean isPrivate = privateAccess(cluster);
                if (Boolean.TRUE.equals(isPublic) || Boolean.TRUE.equals(isPrivate)) {
                    return;
                }
                if (isPublic == null || isPrivate == null) {
                    reportUnknownEndpointAccess(cluster, isPublic, events);
                    return;
                }
                String privateSetting = cluster.describe() + (cluster.endpointPrivateAccess().isAbsent()
                        ? " does not set endpoint_private_access (default false)"
                        : " has endpoint_private_access = false");
                events.violation(cluster, () -> settingOrBlock(cluster.endpointPrivateAccess(), cluster),
                        privateSetting + " while endpoint_public_access = false: EKS rejects a cluster with no "
                                + "API endpoint (\"You must enable private access to disable public access\")",
                        new RelatedLocation(cluster.endpointPublicAccess().location(), "public access disabled here"));
            }
        };
    }

    // -------------------------------------------------------------------------------------------------------------
    // NET008

    /** NET008: the cluster's VPC needs DNS hostnames, DNS support and AmazonProvidedDNS. */
    static Condition<EksCluster> runInAVpcWithDnsSupportAndHostnames() {
        return new Condition<>("run in a VPC with DNS support, DNS hostnames and AmazonProvidedDNS") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                List<Vpc> vpcs = network.vpcs(context);
                if (vpcs.isEmpty()) {
                    reportUnknownVpc(cluster, network, events);
                    return;
                }
                Boolean isPrivate = privateAccess(cluster);
                Severity severity = Boolean.TRUE.equals(isPrivate) ? Severity.ERROR : Severity.WARNING;
                String consequence = Boolean.TRUE.equals(isPrivate)
                        ? "the private endpoint of " + cluster.address() + " cannot be resolved inside the VPC "
                        + "and nodes cannot register"
                        : "nodes of " + cluster.address() + " cannot register, and its private endpoint could "
                        + "not be used";
                RelatedLocation clusterAt = new RelatedLocation(cluster.subnetIds().location(),
                        cluster.address() + " runs in this VPC through these subnets");
                for (Vpc vpc : vpcs) {
                    Value<Boolean> hostnames = vpc.enableDnsHostnames();
                    if (hostnames.isUnknown()) {
                        events.unknown(vpc, hostnames, "enable_dns_hostnames of " + vpc.address());
                    } else if (!hostnames.orDefault(false)) {
                        String what = hostnames.isAbsent()
                                ? vpc.address() + " does not set enable_dns_hostnames, and Terraform's default is false"
                                : vpc.address() + " has enable_dns_hostnames = false";
                        events.add(new Violation(vpc, hostnames.location(), what + ": " + consequence,
                                List.of(clusterAt), severity));
                    }
                    Value<Boolean> support = vpc.enableDnsSupport();
                    if (support.isUnknown()) {
                        events.unknown(vpc, support, "enable_dns_support of " + vpc.address());
                    } else if (!support.orDefault(true)) {
                        events.add(new Violation(vpc, support.location(), vpc.address()
                                + " has enable_dns_support = false: " + consequence, List.of(clusterAt), severity));
                    }
                    checkDhcp(vpc, consequence, clusterAt, severity, events);
                }
            }
        };
    }

    private static void checkDhcp(Vpc vpc, String consequence, RelatedLocation clusterAt, Severity severity,
                                  ConditionEvents events) {
        Value<DhcpOptions> options = vpc.dhcpOptions();
        if (options.isAbsent()) {
            return; // AWS's default options use AmazonProvidedDNS
        }
        DhcpOptions set = options.orNull();
        if (set == null || !(set.domainNameServers() instanceof Value.Known<List<Value<String>>> servers)) {
            if (set == null) {
                events.unknown(vpc, options, "the DHCP options set of " + vpc.address());
            } else if (set.domainNameServers().isUnknown()) {
                events.unknown(vpc, set.domainNameServers(), "domain_name_servers of " + set.address());
            }
            return;
        }
        boolean amazon = false;
        Value<String> unknown = null;
        for (Value<String> server : servers.value()) {
            if (!server.isKnown() && unknown == null) {
                unknown = server;
            }
            amazon |= "AmazonProvidedDNS".equalsIgnoreCase(server.orNull());
        }
        if (amazon) {
            return;
        }
        if (unknown != null) {
            events.unknown(vpc, unknown, "a domain name server of " + set.address());
            return;
        }
        events.add(new Violation(vpc, servers.location(), "the DHCP options " + set.address() + " of "
                + vpc.address() + " do not include AmazonProvidedDNS in domain_name_servers: " + consequence,
                List.of(clusterAt, new RelatedLocation(options.location(), "associated with " + vpc.address()
                        + " here")), severity));
    }

    // -------------------------------------------------------------------------------------------------------------
    // NET009

    /** NET009 (a): every cluster subnet has at least 16 addresses (/28). */
    static Condition<EksCluster> useSubnetsOfAtLeast16Addresses() {
        return new Condition<>("use subnets of /28 or larger") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                RelatedLocation clusterAt = new RelatedLocation(cluster.subnetIds().location(),
                        "used by " + cluster.address() + " for its control-plane network interfaces");
                for (Subnet subnet : network.resolved()) {
                    Integer prefix = null;
                    Location at = null;
                    if (subnet.cidrBlock().orNull() != null) {
                        Optional<Cidr> cidr = Cidr.parse(subnet.cidrBlock().orNull());
                        if (cidr.isPresent() && cidr.get().isIpv4()) {
                            prefix = cidr.get().prefixLength();
                            at = subnet.cidrBlock().location();
                        }
                    } else if (subnet.ipv4NetmaskLength().orNull() != null) {
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
    static Condition<EksCluster> useSubnetsInTwoAvailabilityZonesOfOneVpc() {
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
                        dev.netlint.core.analysis.Undecided why = network.whyIncomplete();
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
    static Condition<EksCluster> keepClusterSubnetsApartFromNodes() {
        return new Condition<>("use subnets that no node group uses") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                if (!(cluster.subnetIds() instanceof Value.Known<List<Value<ResourceRef>>> clusterIds)) {
                    return;
                }
                for (Value<ResourceRef> clusterId : clusterIds.value()) {
                    List<String> users = new ArrayList<>();
                    List<RelatedLocation> related = new ArrayList<>();
                    for (NodeGroup nodes : nodesOf(cluster, context)) {
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

    /** Managed node groups of the cluster; self-managed nodes too when the input holds only this one cluster. */
    private static List<NodeGroup> nodesOf(EksCluster cluster, EvalContext context) {
        List<NodeGroup> nodes = new ArrayList<>(ClusterNetwork.nodeGroupsOf(cluster, context));
        if (context.workspace().clusters().size() == 1) {
            for (NodeGroup group : context.workspace().nodeGroups()) {
                if (group.kind() != NodeGroup.Kind.MANAGED_NODE_GROUP && !nodes.contains(group)) {
                    nodes.add(group);
                }
            }
        }
        return nodes;
    }

    // -------------------------------------------------------------------------------------------------------------
    // NET011

    /** NET011: an ipv6 cluster needs a dual-stack VPC and subnets, and node subnets that assign IPv6. */
    static Condition<EksCluster> haveTheIpv6NetworkPrerequisites() {
        return new Condition<>("have a dual-stack VPC and subnets when the IP family is ipv6") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Setting family = ClusterIpFamily.familyOf(cluster);
                if (!family.isKnown()) {
                    events.unverifiable(cluster, family.unknownAtOr(cluster), family.origin());
                    return;
                }
                if (!family.is("ipv6")) {
                    return;
                }
                RelatedLocation ipv6 = new RelatedLocation(cluster.ipFamily().location(),
                        cluster.address() + " has ip_family = \"ipv6\"");
                Set<String> reported = new HashSet<>();
                ClusterNetwork network = ClusterNetwork.of(cluster, context);
                Map<String, Subnet> clusterSubnets = new LinkedHashMap<>();
                network.resolved().forEach(s -> clusterSubnets.putIfAbsent(s.address(), s));
                Map<String, Subnet> nodeSubnets = new LinkedHashMap<>();
                for (NodeGroup nodes : nodesOf(cluster, context)) {
                    ClusterNetwork.of(cluster, nodes.subnetIds(), context).resolved()
                            .forEach(s -> nodeSubnets.putIfAbsent(s.address(), s));
                }
                Map<String, Vpc> vpcs = new LinkedHashMap<>();
                network.vpcs(context).forEach(v -> vpcs.putIfAbsent(v.address(), v));
                for (Subnet subnet : nodeSubnets.values()) {
                    ClusterNetwork.vpcOf(subnet, context).ifPresent(v -> vpcs.putIfAbsent(v.address(), v));
                }
                for (Vpc vpc : vpcs.values()) {
                    checkVpcIpv6(vpc, ipv6, events);
                }
                Map<String, Subnet> all = new LinkedHashMap<>(clusterSubnets);
                all.putAll(nodeSubnets);
                for (Subnet subnet : all.values()) {
                    checkSubnetStacks(subnet, ipv6, reported, events);
                }
                for (Subnet subnet : nodeSubnets.values()) {
                    Value<Boolean> assign = subnet.assignIpv6AddressOnCreation();
                    if (assign.isUnknown()) {
                        events.unknown(subnet, assign, "assign_ipv6_address_on_creation of " + subnet.address());
                    } else if (!assign.orDefault(false)) {
                        events.violation(subnet, assign, (assign.isAbsent()
                                ? subnet.address() + " does not set assign_ipv6_address_on_creation (default false)"
                                : subnet.address() + " has assign_ipv6_address_on_creation = false")
                                + ": EKS cannot deploy nodes of an ipv6 cluster to a subnet that does not "
                                + "auto-assign IPv6 addresses", ipv6);
                    }
                }
            }
        };
    }

    private static void checkVpcIpv6(Vpc vpc, RelatedLocation ipv6, ConditionEvents events) {
        Value<Boolean> generated = vpc.assignGeneratedIpv6CidrBlock();
        if (Boolean.TRUE.equals(generated.orNull()) || vpc.ipv6CidrBlock().isKnown()
                || vpc.ipv6IpamPoolId().isKnown() || vpc.ipv6Associations().stream().anyMatch(Value::isKnown)) {
            return;
        }
        if (generated.isUnknown()) {
            events.unknown(vpc, generated, "assign_generated_ipv6_cidr_block of " + vpc.address());
            return;
        }
        if (vpc.ipv6CidrBlock().isUnknown()) {
            events.unknown(vpc, vpc.ipv6CidrBlock(), "ipv6_cidr_block of " + vpc.address());
            return;
        }
        if (vpc.ipv6IpamPoolId().isUnknown()) {
            events.unknown(vpc, vpc.ipv6IpamPoolId(), "ipv6_ipam_pool_id of " + vpc.address());
            return;
        }
        if (!vpc.ipv6Associations().isEmpty()) {
            events.unknown(vpc, vpc.ipv6Associations().get(0), "the IPv6 block associated with " + vpc.address());
            return;
        }
        Location at = generated.isKnown() ? generated.location() : vpc.location();
        events.violation(vpc, () -> at, vpc.address() + " has no IPv6 CIDR block (no "
                + "assign_generated_ipv6_cidr_block = true, ipv6_cidr_block, ipv6_ipam_pool_id or "
                + "aws_vpc_ipv6_cidr_block_association): an ipv6 EKS cluster needs a dual-stack VPC", ipv6);
    }

    private static void checkSubnetStacks(Subnet subnet, RelatedLocation ipv6, Set<String> reported,
                                          ConditionEvents events) {
        if (subnet.ipv6CidrBlock().isAbsent() && subnet.ipv6IpamPoolId().isAbsent()) {
            report(events, reported, subnet, subnet, subnet.address() + " has no IPv6 CIDR block (no ipv6_cidr_block"
                    + " or ipv6_ipam_pool_id): an ipv6 EKS cluster needs dual-stack subnets", ipv6);
        }
        Value<Boolean> nativeV6 = subnet.ipv6Native();
        if (Boolean.TRUE.equals(nativeV6.orNull())) {
            report(events, reported, subnet, nativeV6, subnet.address() + " has ipv6_native = true: EKS needs "
                    + "subnets with IPv4 addresses too, because the VPC needs IPv4 to function", ipv6);
        } else if (subnet.cidrBlock().isAbsent() && subnet.ipv4NetmaskLength().isAbsent()) {
            report(events, reported, subnet, subnet, subnet.address() + " has no IPv4 CIDR block: EKS needs "
                    + "dual-stack subnets, because the VPC needs IPv4 to function", ipv6);
        }
        if (nativeV6.isUnknown()) {
            events.unknown(subnet, nativeV6, "ipv6_native of " + subnet.address());
        }
    }

    private static void report(ConditionEvents events, Set<String> reported, ModelElement subject, HasLocation at,
                               String message, RelatedLocation... related) {
        if (reported.add(at.location() + message)) {
            events.violation(subject, at, message, related);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // NET027

    /** NET027: the service CIDR is private, /12–/24, clear of the VPC, and only set for ipv4 clusters. */
    static Condition<EksCluster> useAValidServiceCidrClearOfTheVpc() {
        return new Condition<>("use a private /12 to /24 service CIDR that does not overlap the VPC") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Value<String> written = cluster.serviceIpv4Cidr();
                if (written.isUnknown()) {
                    events.unknown(cluster, written, "service_ipv4_cidr");
                    return;
                }
                Setting family = ClusterIpFamily.familyOf(cluster);
                List<Vpc> vpcs = ClusterNetwork.of(cluster, context).vpcs(context);
                if (written.isKnown()) {
                    checkWritten(cluster, written, family, vpcs, events);
                    Cidr.parse(written.orNull()).filter(Cidr::isIpv4)
                            .ifPresent(cidr -> checkNodeDnsIp(cluster, written, cidr, context, events));
                } else if (family.is("ipv4")) {
                    checkDefault(cluster, written, vpcs, events);
                } else if (!family.isKnown()) {
                    events.unverifiable(cluster, family.unknownAtOr(cluster), family.origin());
                }
            }
        };
    }

    private static void checkWritten(EksCluster cluster, Value<String> written, Setting family, List<Vpc> vpcs,
                                     ConditionEvents events) {
        if (family.is("ipv6")) {
            events.violation(cluster, written, "service_ipv4_cidr of " + cluster.describe() + " is set in an ipv6 cluster: EKS assigns IPv6 "
                    + "service addresses from fc00::/7 itself and rejects a service_ipv4_cidr",
                    new RelatedLocation(cluster.ipFamily().location(), "ip_family = \"ipv6\""));
            return;
        }
        Optional<Cidr> parsed = Cidr.parse(written.orNull());
        if (parsed.isEmpty() || !parsed.get().isIpv4()) {
            events.violation(cluster, written, "service_ipv4_cidr \"" + written.orNull()
                    + "\" of " + cluster.describe() + " is not an IPv4 CIDR block");
            return;
        }
        Cidr cidr = parsed.get();
        if (!cidr.isPrivateIpv4()) {
            events.violation(cluster, written, "service_ipv4_cidr " + cidr + " of " + cluster.describe() + " is not within 10.0.0.0/8, "
                    + "172.16.0.0/12 or 192.168.0.0/16: EKS requires a private range");
        }
        if (cidr.prefixLength() < 12 || cidr.prefixLength() > 24) {
            events.violation(cluster, written, "service_ipv4_cidr " + cidr + " of " + cluster.describe() + " has prefix length /"
                    + cidr.prefixLength() + ": EKS requires /12 to /24");
        }
        for (Vpc vpc : vpcs) {
            for (Value<String> vpcCidr : vpcCidrs(vpc)) {
                Optional<Cidr> block = Cidr.parse(vpcCidr.orNull());
                if (vpcCidr.isUnknown()) {
                    events.unknown(cluster, vpcCidr, "a CIDR block of " + vpc.address());
                } else if (block.isPresent() && block.get().overlaps(cidr)) {
                    events.violation(cluster, written, "service_ipv4_cidr " + cidr + " of " + cluster.describe() + " overlaps " + block.get()
                            + " of " + vpc.address() + ": Service IPs would shadow addresses in the VPC",
                            new RelatedLocation(vpcCidr.location(), "CIDR block of " + vpc.address()));
                }
            }
        }
    }

    private static final java.util.regex.Pattern DNS_CLUSTER_IP = java.util.regex.Pattern.compile(
            "--dns-cluster-ip[= ]+[\"']?([0-9.]+)");
    private static final java.util.regex.Pattern NODE_CONFIG_CIDR = java.util.regex.Pattern.compile(
            "(?m)^\\s*cidr:\\s*[\"']?([0-9./]+)");

    /**
     * NET027 consistency: the cluster DNS IP a launch template gives the AL2 bootstrap ({@code --dns-cluster-ip}), or
     * the service CIDR of an AL2023 {@code NodeConfig} ({@code spec.cluster.cidr}), must lie in the cluster's
     * service CIDR, or pods on those nodes resolve nothing.
     */
    private static void checkNodeDnsIp(EksCluster cluster, Value<String> written, Cidr serviceCidr,
                                       EvalContext context, ConditionEvents events) {
        for (NodeGroup nodes : ClusterNetwork.nodeGroupsOf(cluster, context)) {
            ResourceRef ref = nodes.launchTemplate().orNull();
            Optional<dev.netlint.core.model.aws.LaunchTemplate> template = ref == null || !ref.isResource()
                    ? Optional.empty()
                    : context.workspace().resource(ref.address(), dev.netlint.core.model.aws.LaunchTemplate.class);
            if (template.isEmpty() || !(template.get().userData() instanceof Value.Known<String> userData)) {
                continue;
            }
            java.util.regex.Matcher dnsIp = DNS_CLUSTER_IP.matcher(userData.value());
            if (dnsIp.find()) {
                Optional<Cidr> ip = Cidr.parse(dnsIp.group(1) + "/32");
                if (ip.isPresent() && !serviceCidr.contains(ip.get())) {
                    events.add(new Violation(cluster, userData.location(), "the user data of "
                            + template.get().address() + " passes --dns-cluster-ip " + dnsIp.group(1)
                            + ", outside the service CIDR " + serviceCidr + " of " + cluster.address()
                            + ": pods on " + nodes.address() + " would use a DNS address no Service has",
                            List.of(new RelatedLocation(written.location(), "service_ipv4_cidr of "
                                    + cluster.address())), Severity.WARNING));
                }
            }
            java.util.regex.Matcher nodeConfig = NODE_CONFIG_CIDR.matcher(userData.value());
            if (userData.value().contains("NodeConfig") && nodeConfig.find()) {
                Optional<Cidr> cidr = Cidr.parse(nodeConfig.group(1));
                if (cidr.isPresent() && !serviceCidr.contains(cidr.get())) {
                    events.add(new Violation(cluster, userData.location(), "the NodeConfig in the user data of "
                            + template.get().address() + " sets spec.cluster.cidr " + cidr.get()
                            + ", outside the service CIDR " + serviceCidr + " of " + cluster.address()
                            + ": kubelet on " + nodes.address() + " would point pods at the wrong DNS address",
                            List.of(new RelatedLocation(written.location(), "service_ipv4_cidr of "
                                    + cluster.address())), Severity.WARNING));
                }
            }
        }
    }

    private static List<Value<String>> vpcCidrs(Vpc vpc) {
        List<Value<String>> cidrs = new ArrayList<>();
        if (!vpc.cidrBlock().isAbsent()) {
            cidrs.add(vpc.cidrBlock());
        }
        cidrs.addAll(vpc.secondaryCidrs());
        return cidrs;
    }

    /**
     * NET027 (e). The probable default follows the EKS AMI bootstrap (amazon-eks-ami bootstrap.sh): 172.20.0.0/16
     * when any of the VPC's IPv4 CIDR blocks ({@code vpc-ipv4-cidr-blocks}: primary and secondary) starts with 10.,
     * else 10.100.0.0/16. RULES.md says "the VPC's primary CIDR"; the script counts every block.
     */
    private static void checkDefault(EksCluster cluster, Value<String> written, List<Vpc> vpcs,
                                     ConditionEvents events) {
        Location at = written.location();
        if (vpcs.size() == 1) {
            Vpc vpc = vpcs.get(0);
            List<Value<String>> all = vpcCidrs(vpc);
            List<Cidr> blocks = new ArrayList<>();
            for (Value<String> cidr : all) {
                Cidr.parse(cidr.orNull()).filter(Cidr::isIpv4).ifPresent(blocks::add);
            }
            if (!blocks.isEmpty() && blocks.size() == all.size()) {
                Cidr ten = Cidr.parse("10.0.0.0/8").orElseThrow();
                boolean inTen = blocks.stream().anyMatch(ten::contains);
                Cidr probable = Cidr.parse(inTen ? "172.20.0.0/16" : "10.100.0.0/16").orElseThrow();
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i).overlaps(probable)) {
                        events.add(new Violation(cluster, at, "service_ipv4_cidr of " + cluster.describe()
                                + " is not set: EKS will probably "
                                + "pick " + probable + " (" + vpc.address() + (inTen ? " has" : " has no")
                                + " CIDR block in 10.0.0.0/8), which overlaps " + blocks.get(i) + " of "
                                + vpc.address(), List.of(new RelatedLocation(all.get(i).location(),
                                "CIDR block of " + vpc.address())), Severity.WARNING));
                        return;
                    }
                }
            }
        }
        events.add(new Violation(cluster, at, "service_ipv4_cidr of " + cluster.describe()
                + " is not set, so EKS picks 10.100.0.0/16 or "
                + "172.20.0.0/16: set it explicitly to avoid collisions with peered or connected networks",
                List.of(), Severity.INFO));
    }
}
