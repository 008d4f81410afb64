package dev.netlint.rules.aws;

import static dev.netlint.core.lang.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.Examples;

/** NET002 eks-node-sg-missing-required-egress. Its bad and good examples: {@code dev/netlint/rules/examples/NET002/}. */
public final class EksNodeSgMissingRequiredEgress {

    private EksNodeSgMissingRequiredEgress() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET002", "eks-node-sg-missing-required-egress");
        rule.severity(ERROR);
        rule.summary("Security groups on EKS nodes must allow egress to tcp/443, tcp/10250 and tcp+udp/53");
        rule.notes("EKS-NETWORKING.md:115-118 \"At minimum the following outbound rules should be required: TCP 443 "
                + "- required for Kubernetes API server, TCP 10250 - required for the kubelet API, TCP/UDP 53 - "
                + "required for DNS\"");
        rule.rationale("When Terraform creates a security group it revokes AWS's default allow-all egress, so a "
                + "group has only the egress Terraform writes. When a launch template sets the nodes' security groups, "
                + "EKS does not add its cluster security group (EKS user guide, launch templates), so those groups are "
                + "all the nodes get. Without tcp/443 nodes cannot register with the API server (and with "
                + "endpoint_private_access = false that traffic goes to the public endpoint, so it needs 0.0.0.0/0); "
                + "without tcp/10250 the control plane cannot reach kubelets; without tcp and udp/53 pods cannot "
                + "resolve names. In an ipv6 cluster separate IPv6 rules are required. Node groups without "
                + "launch-template security groups use the EKS cluster security group, whose allow-all egress "
                + "Terraform does not manage, and are not checked.");
        rule.fix("Add egress for tcp/443, tcp/10250 and tcp+udp/53 to the node security group (to 0.0.0.0/0 for 443 "
                + "when the cluster has no private endpoint), or restore the allow-all egress rule.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html");
        rule.example(Examples.of("NET002"));
        rule.check(nodeGroups().that().setTheirOwnSecurityGroups()
                .should().allowTheEgressNodesNeed()
                .because("nodes must reach the API server (443), kubelets (10250) and DNS (53)"));
        return rule.build();
    }
}
