package dev.netlint.rules.aws;

import static dev.netlint.rules.aws.MaxPodsConditions.setMaxPodsForPrefixDelegation;
import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET017 prefix-delegation-max-pods-not-raised. Its bad and good examples: {@code dev/netlint/rules/examples/NET017/}. */
public final class PrefixDelegationMaxPodsNotRaised {

    private PrefixDelegationMaxPodsNotRaised() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET017", "prefix-delegation-max-pods-not-raised");
        rule.severity(WARNING);
        rule.summary("With prefix delegation, nodes on a custom AMI or self-managed nodes must raise max-pods in "
                + "their user data");
        rule.notes("EKS-NETWORKING.md:82-85 \"To increase the available IP addresses for pods: ... It is called "
                + "prefix delegation\"; EKS-NETWORKING.md:87 \"Kubernetes recommends max number of 110 per node\"");
        rule.rationale("Prefix delegation gives each ENI slot a /28, so a Nitro node has far more pod IPs, but the "
                + "kubelet only runs as many pods as its max-pods allows. EKS sets max-pods for managed node groups on "
                + "EKS AMIs; when the launch template sets image_id (a custom AMI) EKS neither calculates max-pods nor "
                + "merges user data, and self-managed nodes (autoscaling groups, instances) never get it from EKS. "
                + "Their bootstrap then keeps the ENI-based value (29 on m5.large, from eni-max-pods.txt) and prefix "
                + "delegation adds no pod density. The rule fires when some VPC CNI configuration of the input turns "
                + "prefix delegation on and the user data runs a known bootstrap (AL2 bootstrap.sh, AL2023 nodeadm, "
                + "Bottlerocket, Windows) without setting max-pods. Managed node groups without a custom AMI, and user "
                + "data netlint cannot read, are not checked.");
        rule.fix("Set max-pods in the user data: AL2 --use-max-pods false --kubelet-extra-args '--max-pods=110'; "
                + "AL2023 spec.kubelet.config.maxPods: 110.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html");
        rule.example(Examples.of("NET017"));
        rule.check(nodeGroups().that().haveKnownUserData().and().areSelfManagedOrRunACustomAmi()
                .should().be(setMaxPodsForPrefixDelegation())
                .because("the kubelet, not the VPC CNI, caps how many pods a node runs"));
        return rule.build();
    }
}
