package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.analysis.EndpointAccess.privateAccess;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.DhcpOptions;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.rules.Examples;
import java.util.List;

/** NET008 eks-vpc-dns-attributes-disabled. Its bad and good examples: {@code dev/netlint/rules/examples/NET008/}. */
public final class EksVpcDnsAttributesDisabled {

    private EksVpcDnsAttributesDisabled() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET008", "eks-vpc-dns-attributes-disabled");
        rule.severity(ERROR);
        rule.summary("The VPC of an EKS cluster must have DNS support, DNS hostnames and AmazonProvidedDNS");
        rule.notes("EKS-NETWORKING.md:55 \"In this case, the cluster endpoint can be reached only from the private "
                + "VPC\"");
        rule.rationale("The private endpoint is served through a Route 53 private hosted zone that EKS manages, "
                + "which resolves only in a VPC with enableDnsSupport and enableDnsHostnames and DHCP options that use "
                + "AmazonProvidedDNS; the EKS network requirements also say nodes cannot register without DNS hostname "
                + "and resolution support. Terraform's aws_vpc defaults enable_dns_hostnames to false. Error when the "
                + "private endpoint is enabled, warning otherwise.");
        rule.fix("Set enable_dns_hostnames = true and enable_dns_support = true on the VPC, and keep "
                + "AmazonProvidedDNS in the DHCP options' domain_name_servers.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html");
        rule.example(Examples.of("NET008"));
        rule.check(clusters().should(runInAVpcWithDnsSupportAndHostnames())
                .because("the private endpoint and node registration rely on VPC DNS"));
        return rule.build();
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
    private static Condition<EksCluster> runInAVpcWithDnsSupportAndHostnames() {
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
