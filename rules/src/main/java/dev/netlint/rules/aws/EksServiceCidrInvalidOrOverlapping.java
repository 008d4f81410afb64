package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.ClusterNetwork;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.Location;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** NET027 eks-service-cidr-invalid-or-overlapping. Its bad and good examples: {@code dev/netlint/rules/examples/NET027/}. */
public final class EksServiceCidrInvalidOrOverlapping {

    private EksServiceCidrInvalidOrOverlapping() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET027", "eks-service-cidr-invalid-or-overlapping");
        rule.severity(ERROR);
        rule.summary("The EKS service CIDR must be a private /12 to /24 that does not overlap the VPC");
        rule.notes("EKS-NETWORKING.md:153 \"If not configured explicitly then Amazon EKS provisions either "
                + "10.100.0.0/16 or 172.20.0.0/16 range for this virtual IP\"");
        rule.rationale("The EKS API requires service_ipv4_cidr to lie within 10.0.0.0/8, 172.16.0.0/12 or "
                + "192.168.0.0/16 with a prefix between /12 and /24, and not to overlap the VPC; for an ipv6 cluster "
                + "the service addresses come from fc00::/7 and service_ipv4_cidr cannot be set (EKS API "
                + "CreateCluster, KubernetesNetworkConfigRequest). When it is not set, EKS picks 172.20.0.0/16 or "
                + "10.100.0.0/16; the EKS AMI bootstrap assumes 172.20.0.0/16 when any of the VPC's CIDR blocks "
                + "(primary or secondary) is in 10.0.0.0/8 and 10.100.0.0/16 otherwise. That range can collide with "
                + "VPC CIDRs or connected networks (warning when it overlaps a VPC CIDR block, info otherwise). Nodes "
                + "must agree: a launch template that passes --dns-cluster-ip (AL2 bootstrap) or an AL2023 NodeConfig "
                + "spec.cluster.cidr outside the service CIDR points pods at a DNS address no Service has (warning).");
        rule.fix("Set service_ipv4_cidr to a private /16 to /24 that overlaps neither the VPC nor any connected "
                + "network, for example 172.20.0.0/16 for a VPC in 10.0.0.0/8.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html");
        rule.example(Examples.of("NET027"));
        rule.check(clusters().should(useAValidServiceCidrClearOfTheVpc())
                .because("Service IPs must not shadow addresses that pods and nodes need to reach"));
        return rule.build();
    }

    /** NET027: the service CIDR is private, /12–/24, clear of the VPC, and only set for ipv4 clusters. */
    private static Condition<EksCluster> useAValidServiceCidrClearOfTheVpc() {
        return new Condition<>("use a private /12 to /24 service CIDR that does not overlap the VPC") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Value<String> written = cluster.serviceIpv4Cidr();
                if (written.isUnknown()) {
                    events.unknown(cluster, written, "service_ipv4_cidr");
                    return;
                }
                Setting<Spelled<IpFamily>> family = ClusterIpFamily.familyOf(cluster);
                List<Vpc> vpcs = ClusterNetwork.of(cluster, context).vpcs(context);
                if (written.isKnown()) {
                    checkWritten(cluster, written, family, vpcs, events);
                    Cidr.parse(written.orNull()).filter(Cidr::isIpv4)
                            .ifPresent(cidr -> checkNodeDnsIp(cluster, written, cidr, context, events));
                } else if (family.means(IpFamily.IPV4)) {
                    checkDefault(cluster, written, vpcs, events);
                } else if (!family.isKnown()) {
                    events.unverifiable(cluster, family.unknownAtOr(cluster), family.origin());
                }
            }
        };
    }

    private static void checkWritten(EksCluster cluster, Value<String> written, Setting<Spelled<IpFamily>> family, List<Vpc> vpcs,
                                     ConditionEvents events) {
        if (family.means(IpFamily.IPV6)) {
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
