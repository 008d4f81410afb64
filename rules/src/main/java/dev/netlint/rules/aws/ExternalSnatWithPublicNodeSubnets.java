package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.ExternalSnatConditions.useExternalSnatOnlyBehindNat;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET022 external-snat-with-public-node-subnets. Its bad and good examples: {@code dev/netlint/rules/examples/NET022/}. */
public final class ExternalSnatWithPublicNodeSubnets {

    private ExternalSnatWithPublicNodeSubnets() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET022", "external-snat-with-public-node-subnets");
        rule.severity(ERROR);
        rule.summary("External SNAT works only for nodes in private subnets behind a NAT");
        rule.notes("EKS-NETWORKING.md:97-100 \"the VPC CNI plugin translates the pod's IPv4 address to the primary "
                + "ENI's primary IPv4 address ... (default setting)\", \"If the pod is in a public VPC and enable "
                + "source NAT (`EXTERNALSNAT=false`) ... node's public IPv4 address will be used\", \"For private "
                + "subnet we can still disable the source NAT (`EXTERNALSNAT=true`) ... the IP address of the VPC NAT "
                + "will be visible\"; \"For IPv6 address family, this translation is not applicable\"");
        rule.rationale("With AWS_VPC_K8S_CNI_EXTERNALSNAT=true the VPC CNI stops translating pod addresses for "
                + "traffic leaving the VPC. In a public node subnet (its route table sends 0.0.0.0/0 to an internet "
                + "gateway; when routes cannot be resolved, map_public_ip_on_launch = true) that traffic reaches the "
                + "internet gateway with private pod addresses and is dropped: pods lose internet egress (error). In a "
                + "private subnet it needs a 0.0.0.0/0 route to a NAT gateway, NAT instance or transit gateway "
                + "(warning). In an IPv6 cluster the switch has no effect (info).");
        rule.fix("Keep AWS_VPC_K8S_CNI_EXTERNALSNAT=false for nodes in public subnets, or move the nodes to private "
                + "subnets behind a NAT gateway.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/external-snat.html");
        rule.example(Examples.of("NET022"));
        rule.check(cniConfigurations().should(useExternalSnatOnlyBehindNat())
                .because("pods behind external SNAT need a NAT on the way out"));
        return rule.build();
    }
}
