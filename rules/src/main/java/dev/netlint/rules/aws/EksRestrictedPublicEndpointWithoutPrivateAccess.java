package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.rules.aws.EndpointAccessConditions.enablePrivateAccessWhenThePublicEndpointIsRestricted;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET006 eks-restricted-public-endpoint-without-private-access. Its bad and good examples: {@code dev/netlint/rules/examples/NET006/}. */
public final class EksRestrictedPublicEndpointWithoutPrivateAccess {

    private EksRestrictedPublicEndpointWithoutPrivateAccess() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET006", "eks-restricted-public-endpoint-without-private-access");
        rule.severity(WARNING);
        rule.summary("A public EKS endpoint restricted by CIDR blocks should come with the private endpoint");
        rule.notes("EKS-NETWORKING.md:53 \"If both public and private access is enabled, the control plane's API can "
                + "be accessed both from the internat and from the private VPC serving the data plane\"");
        rule.rationale("With the private endpoint disabled, nodes and Fargate pods reach the API server through the "
                + "public endpoint, from their NAT gateway or public IPs. Once public_access_cidrs restricts that "
                + "endpoint, every such egress address must be in the list or nodes cannot join the cluster; the EKS "
                + "user guide recommends enabling the private endpoint so traffic from the VPC stays inside it.");
        rule.fix("Set endpoint_private_access = true.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html");
        rule.example(Examples.of("NET006"));
        rule.check(clusters().should(enablePrivateAccessWhenThePublicEndpointIsRestricted())
                .because("nodes inside the VPC otherwise reach the API only through the restricted public endpoint"));
        return rule.build();
    }
}
