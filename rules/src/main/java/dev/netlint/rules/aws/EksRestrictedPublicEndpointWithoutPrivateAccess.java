package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;
import static dev.netlint.core.analysis.EndpointAccess.privateAccess;
import static dev.netlint.core.analysis.EndpointAccess.publicAccess;
import static dev.netlint.core.analysis.EndpointAccess.reportUnknownEndpointAccess;
import static dev.netlint.core.analysis.EndpointAccess.settingOrBlock;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.net.Cidr;
import dev.netlint.rules.Examples;
import java.util.List;

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

    /** NET006: a public endpoint restricted by CIDRs needs the private endpoint for nodes inside the VPC. */
    private static Condition<EksCluster> enablePrivateAccessWhenThePublicEndpointIsRestricted() {
        return new Condition<>("enable private endpoint access when the public endpoint is restricted") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Tri isPublic = publicAccess(cluster);
                Tri isPrivate = privateAccess(cluster);
                if (isPublic.isUnknown() || isPrivate.isUnknown()) {
                    reportUnknownEndpointAccess(cluster, isPublic, events);
                    return;
                }
                if (isPublic.isFalse() || isPrivate.isTrue()
                        || !(cluster.publicAccessCidrs() instanceof Value.Known<List<Value<String>>> cidrs)
                        || cidrs.value().isEmpty()) {
                    if (cluster.publicAccessCidrs().isUnknown() && isPublic.isTrue() && isPrivate.isFalse()) {
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
}
