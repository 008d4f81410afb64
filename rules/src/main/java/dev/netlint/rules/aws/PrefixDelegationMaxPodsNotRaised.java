package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.analysis.CniConfiguration;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.InstanceCatalog;
import dev.netlint.core.analysis.InstanceLimits;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.NodeInstanceTypes;
import dev.netlint.core.analysis.NodeUserData;
import dev.netlint.core.analysis.PodCapacity;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.lang.ViolationsMergedByPlace;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * "set max-pods when prefix delegation is on" (NET017): a custom AMI or self-managed nodes keep the ENI-based
     * max-pods unless their user data raises it, so prefix delegation adds no pods.
     */
    private static Condition<NodeGroup> setMaxPodsForPrefixDelegation() {
        return new Condition<>("set max-pods in their user data when prefix delegation is on") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                Optional<NodeUserData> read = NodeUserData.of(nodes, context);
                if (read.isEmpty() || !read.get().bootstrapsThemselves()) {
                    return;
                }
                NodeUserData userData = read.get();
                List<RelatedLocation> related = new ArrayList<>();
                Tri prefixDelegation = NodeContext.anyCniFlag(nodes, context, PodCapacity.PD, related);
                if (prefixDelegation.isFalse()) {
                    return;
                }
                if (prefixDelegation.isUnknown()) {
                    for (CniSource source : CniConfiguration.sources(nodes, context)) {
                        if (source.flag(PodCapacity.PD).isUnknown()) {
                            events.unverifiable(nodes, source.placeOf(PodCapacity.PD), source.whyUnknown(PodCapacity.PD));
                        }
                    }
                    return;
                }
                if (userData.maxPods().isUnknown()) {
                    events.unverifiable(nodes, userData.userData(), "max-pods in the user data of "
                            + userData.template().address() + " is not known: " + userData.maxPods().source());
                    return;
                }
                if (!userData.maxPods().isNotSet()) {
                    return;
                }
                boolean managed = nodes.kind() == NodeGroup.Kind.MANAGED_NODE_GROUP;
                String why = managed ? "with a custom AMI (image_id) EKS does not calculate max-pods"
                        : "self-managed nodes get no max-pods from EKS";
                String eniBased = eniBasedMaxPods(nodes, context);
                String message = nodes.describe() + ": prefix delegation is on but the user data of " + userData.template().address() + " ("
                        + userData.maxPods().source() + ") sets no max-pods; " + why + ", so the kubelet keeps the "
                        + "ENI-based value" + eniBased + " and prefix delegation adds no pod density";
                related.add(0, userData.usedBy());
                if (managed) {
                    related.add(new RelatedLocation(userData.template().imageId().location(), "custom AMI here"));
                }
                ViolationsMergedByPlace.report(this, events, new Violation(nodes, userData.userData().location(), message, related, null));
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                ViolationsMergedByPlace.flush(this, events);
            }
        };
    }

    /** " (29 on m5.large)" when every instance type is known, else "". */
    private static String eniBasedMaxPods(NodeGroup nodes, EvalContext context) {
        Value<List<Value<String>>> types = NodeInstanceTypes.of(nodes, context);
        if (!(types instanceof Value.Known<List<Value<String>>> known)) {
            return "";
        }
        InstanceLimits smallest = null;
        for (Value<String> type : known.value()) {
            InstanceLimits limits = type.isKnown() ? InstanceCatalog.get().limits(type.orNull()).orElse(null) : null;
            if (limits == null) {
                return "";
            }
            if (smallest == null || limits.maxPodsSecondaryIp() < smallest.maxPodsSecondaryIp()) {
                smallest = limits;
            }
        }
        return smallest == null ? "" : " (" + smallest.maxPodsSecondaryIp() + " on " + smallest.instanceType() + ")";
    }
}
