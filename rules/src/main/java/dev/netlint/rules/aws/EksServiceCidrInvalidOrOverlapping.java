package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.ServiceCidrConditions.useAValidServiceCidrClearOfTheVpc;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
