package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.CustomNetworkingConditions.configureCustomNetworkingCompletely;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET021 custom-networking-misconfigured. Its bad and good examples: {@code dev/netlint/rules/examples/NET021/}. */
public final class CustomNetworkingMisconfigured {

    private CustomNetworkingMisconfigured() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET021", "custom-networking-misconfigured");
        rule.severity(ERROR);
        rule.summary("VPC CNI custom networking needs an ENIConfig for every node and does not work with IPv6");
        rule.notes("EKS-NETWORKING.md:194-196 \"To be able to use these IP addresses we can enable VPC CNI Custom "
                + "Networking\", \"VPC CNI plugin creates a secondary ENI in the separate subnet\", \"Once enabled "
                + "only IPs from secondary ENI are assigned to pods\"");
        rule.rationale("With AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG on, pods get addresses only from secondary ENIs "
                + "described by an ENIConfig. With no ENIConfig in the input nodes get no secondary ENIs and pods no "
                + "IPs (error; info when the run has no Kubernetes input to look in). When ENI_CONFIG_LABEL_DEF is "
                + "topology.kubernetes.io/zone each availability zone of the node subnets needs an ENIConfig named "
                + "after it; with the default label each managed node group needs a k8s.amazonaws.com/eniConfig label "
                + "naming an existing ENIConfig. ipamd: \"Custom Networking is not supported in IPv6 mode\". Checking "
                + "that an ENIConfig's subnet lies in the right VPC and zone needs the subnet ids, which the input "
                + "usually does not resolve, and is not done.");
        rule.fix("Create one ENIConfig per availability zone, named after the zone, with "
                + "ENI_CONFIG_LABEL_DEF=topology.kubernetes.io/zone (or label each node group), and do not combine "
                + "custom networking with IPv6.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html");
        rule.example(Examples.of("NET021"));
        rule.check(cniConfigurations().should(configureCustomNetworkingCompletely())
                .because("custom networking gives pods only the addresses of ENIConfig subnets"));
        return rule.build();
    }
}
