package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for the security groups on a set of nodes, which of the egress paths the nodes need (the rule names them:
 * NET002) are certainly missing. The API server's port is special: without a private endpoint nodes reach the public
 * one, so only egress to every address (0.0.0.0/0) allows it. Every answer is three-valued; only a certain "no" is
 * reported.
 */
public final class NodeEgress {

    /** One certainly missing egress path, and the places that make it certain. */
    public record Missing(PortSpec port, String family, String detail, List<RelatedLocation> related) {}

    /** The outcome for one set of nodes. */
    public record Outcome(List<Missing> missing, List<Undecided> undecided) {}

    private final NodeSecurityGroups nodes;
    private final AnalysisContext context;
    /** What nodes must reach, in the order findings list them. */
    private final List<PortSpec> required;
    /** The port of the Kubernetes API server, one of {@link #required}. */
    private final PortSpec apiServer;
    private final Tri privateEndpoint;
    private final Tri ipv6Cluster;
    /** Where the cluster sends nodes to its public endpoint (no private endpoint); empty when it does not. */
    private final Optional<RelatedLocation> publicEndpointContext;
    /** Where the cluster is made IPv6; empty when it is not. */
    private final Optional<RelatedLocation> ipv6Context;
    private final List<Cidr> nodeNetworkCidrs;

    public NodeEgress(NodeSecurityGroups nodes, AnalysisContext context, List<PortSpec> required, PortSpec apiServer) {
        this.nodes = nodes;
        this.context = context;
        this.required = List.copyOf(required);
        this.apiServer = apiServer;
        Optional<EksCluster> cluster = nodes.cluster(context);
        if (cluster.isPresent()) {
            Value<Boolean> privateAccess = cluster.get().endpointPrivateAccess();
            privateEndpoint = privateAccess.orElse(false).test(Boolean::booleanValue);
            Setting<Spelled<IpFamily>> family = ClusterIpFamily.familyOf(cluster.get());
            ipv6Cluster = family.isKnown() ? Tri.of(family.means(IpFamily.IPV6)) : Tri.UNKNOWN;
            publicEndpointContext = !privateEndpoint.isFalse() ? Optional.empty()
                    : Optional.of(new RelatedLocation(privateAccess.location(), cluster.get().address()
                    + (privateAccess.isAbsent() ? " has no private endpoint (endpoint_private_access defaults to false)"
                    : " sets endpoint_private_access = false") + ", so nodes reach the public endpoint"));
            ipv6Context = !ipv6Cluster.isTrue() ? Optional.empty()
                    : Optional.of(new RelatedLocation(family.value().location(), "cluster ip_family = \"ipv6\" here"));
        } else {
            privateEndpoint = Tri.UNKNOWN;
            ipv6Cluster = Tri.UNKNOWN;
            publicEndpointContext = Optional.empty();
            ipv6Context = Optional.empty();
        }
        nodeNetworkCidrs = nodeNetwork();
    }

    public Outcome evaluate() {
        List<Missing> missing = new ArrayList<>();
        List<Undecided> undecided = new ArrayList<>();
        for (PortSpec port : required) {
            boolean needsPublic = port.equals(apiServer);
            java.util.function.Function<SgRule, Tri> toIpv4 = rule -> ipv4Destination(rule, needsPublic);
            Tri ipv4 = anyEgress(port, toIpv4);
            if (ipv4.isFalse() && nodes.complete()) {
                String detail = needsPublic && privateEndpoint.isFalse() ? " to 0.0.0.0/0" : "";
                missing.add(new Missing(port, "IPv4", detail, clusterContextFor(needsPublic, false)));
            } else if (!ipv4.isTrue()) {
                undecided.add(whyUndecided(port, toIpv4, false));
            }
            boolean ipv6Needed = ipv6Cluster.isTrue() && (!needsPublic || privateEndpoint.isTrue());
            if (ipv6Needed) {
                Tri ipv6 = anyEgress(port, this::ipv6Destination);
                if (ipv6.isFalse() && nodes.complete()) {
                    missing.add(new Missing(port, "IPv6", "", clusterContextFor(false, true)));
                } else if (!ipv6.isTrue()) {
                    undecided.add(whyUndecided(port, this::ipv6Destination, true));
                }
            }
        }
        return new Outcome(missing, undecided);
    }

    /**
     * Why no egress rule is certain to allow {@code port}: the first rule that might (an unknown protocol, port or
     * destination, a destination inside a VPC whose blocks are unknown, an endpoint whose privacy is unknown), or,
     * when no rule might, the attached group netlint cannot see.
     */
    private Undecided whyUndecided(PortSpec port, java.util.function.Function<SgRule, Tri> destination, boolean ipv6) {
        for (SecurityGroup group : nodes.groups()) {
            for (SgRule rule : group.egress()) {
                Tri ports = SgRuleMatcher.coversPort(rule, port);
                Tri reaches = destination.apply(rule);
                if (ports.isFalse() || reaches.isFalse()) {
                    continue;
                }
                String owner = rule.address() != null ? rule.address() : group.address();
                if (ports.isUnknown() && rule.firstUnknownProtocolOrPort() instanceof Value.Unknown<?> value) {
                    return new Undecided(value.location(), "the protocol or ports of egress " + owner
                            + " are not known: " + value.reason());
                }
                Value<String> cidr = rule.firstUnknownCidr();
                if (cidr instanceof Value.Unknown<String> value) {
                    return new Undecided(value.location(), "the destination of egress " + owner
                            + " is not known: " + value.reason());
                }
                if (ipv6) {
                    return new Undecided(rule.location(), "egress " + owner + " allows an IPv6 block narrower than"
                            + " ::/0, which cannot be checked against the VPC's Amazon-assigned block");
                }
                if (nodeNetworkCidrs == null) {
                    return new Undecided(rule.location(), "whether egress " + owner + " reaches the whole node network"
                            + " is not known: the VPC and node subnet CIDR blocks are not known");
                }
                if (privateEndpoint.isUnknown()) {
                    return new Undecided(rule.location(), "whether egress " + owner + " inside the VPC reaches the"
                            + " cluster endpoint is not known: whether the endpoint is private is not known");
                }
                return new Undecided(rule.location(), "whether egress " + owner + " allows " + port.protocol()
                        .name().toLowerCase(java.util.Locale.ROOT) + "/" + port.port() + " is not known");
            }
        }
        return new Undecided(nodes.attachedAt(), nodes.whyIncomplete().orElseGet(() ->
                "the egress of the node security groups of " + nodes.nodes().address() + " is not known"));
    }

    /** The cluster's settings behind a finding: its public endpoint, its IPv6 family, as asked. */
    private List<RelatedLocation> clusterContextFor(boolean publicEndpoint, boolean ipv6) {
        List<RelatedLocation> context = new ArrayList<>();
        if (publicEndpoint) {
            publicEndpointContext.ifPresent(context::add);
        }
        if (ipv6) {
            ipv6Context.ifPresent(context::add);
        }
        return context;
    }

    private Tri anyEgress(PortSpec port, java.util.function.Function<SgRule, Tri> destination) {
        Tri result = Tri.FALSE;
        for (SecurityGroup group : nodes.groups()) {
            for (SgRule rule : group.egress()) {
                result = result.or(SgRuleMatcher.coversPort(rule, port).and(destination.apply(rule)));
                if (result.isTrue()) {
                    return result;
                }
            }
        }
        return result;
    }

    /** An acceptable IPv4 destination: anywhere; the VPC (or node subnets); another security group. */
    private Tri ipv4Destination(SgRule rule, boolean needsPublic) {
        Tri insideVpcIsEnough = needsPublic ? privateEndpoint : Tri.TRUE;
        Tri result = rule.self() || !rule.securityGroupRefs().isEmpty() ? insideVpcIsEnough : Tri.FALSE;
        for (Value<String> cidrValue : rule.ipv4Cidrs()) {
            if (cidrValue.isUnknown()) {
                result = result.or(Tri.UNKNOWN);
                continue;
            }
            Optional<Cidr> cidr = Cidr.parse(cidrValue.orNull());
            if (cidr.isEmpty()) {
                continue;
            }
            if (cidr.get().isIpv4() && cidr.get().isEverything()) {
                return Tri.TRUE;
            }
            result = result.or(coversNodeNetwork(cidr.get()).and(insideVpcIsEnough));
        }
        return result;
    }

    private Tri ipv6Destination(SgRule rule) {
        Tri result = rule.self() || !rule.securityGroupRefs().isEmpty() ? Tri.TRUE : Tri.FALSE;
        for (Value<String> cidrValue : rule.ipv6Cidrs()) {
            if (cidrValue.isUnknown()) {
                result = result.or(Tri.UNKNOWN);
                continue;
            }
            Optional<Cidr> cidr = Cidr.parse(cidrValue.orNull());
            if (cidr.isPresent() && cidr.get().isIpv6()) {
                // Amazon assigns the VPC's /56, so only ::/0 is certain; a narrower block cannot be checked.
                result = result.or(cidr.get().isEverything() ? Tri.TRUE : Tri.UNKNOWN);
            }
        }
        return result;
    }

    private Tri coversNodeNetwork(Cidr cidr) {
        if (nodeNetworkCidrs == null) {
            return Tri.UNKNOWN;
        }
        return Tri.of(nodeNetworkCidrs.stream().allMatch(cidr::contains));
    }

    /**
     * The IPv4 blocks a node-network destination must contain: the VPC's primary and associated CIDRs, or failing
     * those every node subnet's CIDR; null when neither is known.
     */
    private List<Cidr> nodeNetwork() {
        Value<List<Value<ResourceRef>>> subnetIds = nodes.nodes().subnetIds();
        if (!(subnetIds instanceof Value.Known<List<Value<ResourceRef>>> known) || known.value().isEmpty()) {
            return null;
        }
        List<Subnet> subnets = new ArrayList<>();
        for (Value<ResourceRef> ref : known.value()) {
            ResourceRef resolved = ref.orNull();
            Optional<Subnet> subnet = resolved == null || !resolved.isResource() ? Optional.empty()
                    : context.workspace().resource(resolved.address(), Subnet.class);
            if (subnet.isEmpty()) {
                return null;
            }
            subnets.add(subnet.get());
        }
        List<Cidr> vpcCidrs = vpcCidrs(subnets);
        if (vpcCidrs != null) {
            return vpcCidrs;
        }
        List<Cidr> subnetCidrs = new ArrayList<>();
        for (Subnet subnet : subnets) {
            Optional<Cidr> cidr = Optional.ofNullable(subnet.cidrBlock().orNull()).flatMap(Cidr::parse);
            if (cidr.isEmpty()) {
                return null;
            }
            subnetCidrs.add(cidr.get());
        }
        return subnetCidrs;
    }

    private List<Cidr> vpcCidrs(List<Subnet> subnets) {
        ResourceRef vpcRef = subnets.get(0).vpc().orNull();
        if (vpcRef == null || !vpcRef.isResource()
                || subnets.stream().anyMatch(s -> !vpcRef.equals(s.vpc().orNull()))) {
            return null;
        }
        Optional<Vpc> vpc = context.workspace().resource(vpcRef.address(), Vpc.class);
        if (vpc.isEmpty()) {
            return null;
        }
        List<Cidr> cidrs = new ArrayList<>();
        List<Value<String>> all = new ArrayList<>();
        all.add(vpc.get().cidrBlock());
        all.addAll(vpc.get().secondaryCidrs());
        for (Value<String> value : all) {
            Optional<Cidr> cidr = Optional.ofNullable(value.orNull()).flatMap(Cidr::parse);
            if (cidr.isEmpty()) {
                return null;
            }
            cidrs.add(cidr.get());
        }
        return cidrs;
    }
}
