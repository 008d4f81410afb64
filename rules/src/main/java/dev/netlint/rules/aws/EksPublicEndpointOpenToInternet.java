package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.rules.aws.EndpointAccessConditions.notOpenThePublicEndpointToTheInternet;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET005 eks-public-endpoint-open-to-internet. Its bad and good examples: {@code dev/netlint/rules/examples/NET005/}. */
public final class EksPublicEndpointOpenToInternet {

    private EksPublicEndpointOpenToInternet() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET005", "eks-public-endpoint-open-to-internet");
        rule.severity(WARNING);
        rule.summary("The EKS API endpoint must not be public to 0.0.0.0/0");
        rule.notes("EKS-NETWORKING.md:51 \"EKS cluster endpoint can be reached by anyone over the internet. We can "
                + "restrict this access with using allowed CIDR blocks\"");
        rule.rationale("endpoint_public_access defaults to true and, when public_access_cidrs is not set, EKS allows "
                + "0.0.0.0/0 (EKS user guide, cluster endpoint access control; aws_eks_cluster vpc_config). Anyone on "
                + "the internet can then reach the Kubernetes API server and probe it; authentication is the only "
                + "barrier. An empty list, or a list holding 0.0.0.0/0 or ::/0, is the same.");
        rule.fix("Set endpoint_private_access = true, then either endpoint_public_access = false or restrict "
                + "public_access_cidrs to known networks.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html");
        rule.example(Examples.of("NET005"));
        rule.check(clusters().should(notOpenThePublicEndpointToTheInternet())
                .because("a public endpoint without allowed CIDR blocks can be reached by anyone"));
        return rule.build();
    }
}
