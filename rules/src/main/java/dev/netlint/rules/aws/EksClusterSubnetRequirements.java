package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.rules.aws.ClusterSubnetConditions.keepClusterSubnetsApartFromNodes;
import static dev.netlint.rules.aws.ClusterSubnetConditions.useSubnetsInTwoAvailabilityZonesOfOneVpc;
import static dev.netlint.rules.aws.ClusterSubnetConditions.useSubnetsOfAtLeast16Addresses;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
