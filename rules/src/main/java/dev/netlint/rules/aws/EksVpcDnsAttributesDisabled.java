package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.VpcDnsConditions.runInAVpcWithDnsSupportAndHostnames;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

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
}
