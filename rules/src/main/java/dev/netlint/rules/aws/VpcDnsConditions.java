package dev.netlint.rules.aws;

import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.DhcpOptions;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import java.util.List;

/**
 * What EKS clusters should have: DNS in the cluster's VPC (NET008). Defaults come from RULES.md §1.2; unknown
 * values never give a finding, they count as unverifiable.
 */
final class VpcDnsConditions {

    private VpcDnsConditions() {}

    /** The effective {@code endpoint_private_access} (default false). */
    private static Tri privateAccess(EksCluster cluster) {
        return cluster.endpointPrivateAccess().orElse(false).test(Boolean::booleanValue);
    }


    /** Records why the cluster's VPC is not known (NET008 needs it). */
    private static void reportUnknownVpc(EksCluster cluster, ClusterNetwork network, ConditionEvents events) {
        java.util.Optional<dev.netlint.core.analysis.Undecided> why = network.whyIncomplete();
        if (why.isPresent()) {
            events.unverifiable(cluster, why.get()::location, why.get().message());
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
                Tri isPrivate = privateAccess(cluster);
                Severity severity = isPrivate.isTrue() ? Severity.ERROR : Severity.WARNING;
                String consequence = isPrivate.isTrue()
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
                    } else if (hostnames.orElse(false).test(Boolean::booleanValue).isFalse()) {
                        String what = hostnames.isAbsent()
                                ? vpc.address() + " does not set enable_dns_hostnames, and Terraform's default is false"
                                : vpc.address() + " has enable_dns_hostnames = false";
                        events.add(new Violation(vpc, hostnames.location(), what + ": " + consequence,
                                List.of(clusterAt), severity));
                    }
                    Value<Boolean> support = vpc.enableDnsSupport();
                    if (support.isUnknown()) {
                        events.unknown(vpc, support, "enable_dns_support of " + vpc.address());
                    } else if (support.orElse(true).test(Boolean::booleanValue).isFalse()) {
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
}
