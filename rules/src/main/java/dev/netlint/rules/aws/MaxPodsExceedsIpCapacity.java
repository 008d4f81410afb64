package dev.netlint.rules.aws;

import static dev.netlint.rules.aws.MaxPodsConditions.setMaxPodsWithinTheirPodIpCapacity;
import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET016 max-pods-exceeds-ip-capacity. Its bad and good examples: {@code dev/netlint/rules/examples/NET016/}. */
public final class MaxPodsExceedsIpCapacity {

    private MaxPodsExceedsIpCapacity() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET016", "max-pods-exceeds-ip-capacity");
        rule.severity(ERROR);
        rule.summary("The max-pods node user data sets must fit the pod IPs the VPC CNI can give the instance type");
        rule.notes("EKS-NETWORKING.md:79 \"Number of max pods: total number of ENIs * (max number of IPs per ENI -1) "
                + "+ 2\"; EKS-NETWORKING.md:87 \"Kubernetes recommends max number of 110 per node\"; "
                + "EKS-NETWORKING.md:196 \"Once enabled only IPs from secondary ENI are assigned to pods\"");
        rule.rationale("Every pod that is not on the host network needs an IP address from the VPC CNI. An instance "
                + "type has E ENIs of I IPv4 addresses each, so it can run E*(I-1)+2 pods in secondary IP mode; with "
                + "custom networking the primary ENI carries no pod IPs, (E-1)*(I-1)+2; with prefix delegation on a "
                + "Nitro type each address slot is a /28, E*((I-1)*16)+2 (non-Nitro types fall back to secondary IPs). "
                + "When the kubelet's max-pods is higher, the scheduler places pods the node cannot address and they "
                + "stay in ContainerCreating. The max-pods is read from the launch template's user data: AL2 "
                + "bootstrap.sh (--kubelet-extra-args --max-pods, or --use-max-pods false for the kubelet default "
                + "110), an AL2023 nodeadm NodeConfig (spec.kubelet.config.maxPods, overridden by spec.kubelet.flags), "
                + "Bottlerocket settings.kubernetes.max-pods or Windows -KubeletExtraArgs. Above 250 is beyond what "
                + "EKS tests and managed node groups allow (a warning); above the 110 Kubernetes recommends is an "
                + "info. User data or instance types netlint cannot resolve, or types the catalog does not list, give "
                + "no finding.");
        rule.fix("Set max-pods no higher than the computed capacity, or enable prefix delegation on Nitro instance "
                + "types.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html");
        rule.example(Examples.of("NET016"));
        rule.check(nodeGroups().that().haveKnownUserData()
                .should().be(setMaxPodsWithinTheirPodIpCapacity())
                .because("a pod the VPC CNI cannot give an IP address never starts"));
        return rule.build();
    }
}
