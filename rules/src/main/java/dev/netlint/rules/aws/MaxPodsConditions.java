package dev.netlint.rules.aws;

import dev.netlint.core.analysis.CniConfiguration;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.InstanceCatalog;
import dev.netlint.core.analysis.InstanceLimits;
import dev.netlint.core.analysis.NodeContext;
import dev.netlint.core.analysis.NodeInstanceTypes;
import dev.netlint.core.analysis.NodeUserData;
import dev.netlint.core.analysis.PodCapacity;
import dev.netlint.core.analysis.UserDataMaxPods;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.lang.ViolationsMergedByPlace;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the max-pods in node user data should be (NET016, NET017). */
final class MaxPodsConditions {

    /** Kubernetes' recommended maximum of pods per node. */
    static final int RECOMMENDED = 110;
    /** The most EKS tests, and the most managed node groups allow (30 vCPUs or more). */
    static final int EKS_MAXIMUM = 250;

    private MaxPodsConditions() {}

    /**
     * "configure max-pods within their pod IP capacity" (NET016): error above the CNI's pod IPs, warning above 250,
     * info above 110. Node groups that share a launch template are reported once, with each as a related location.
     */
    static Condition<NodeGroup> setMaxPodsWithinTheirPodIpCapacity() {
        return new Condition<>("set max-pods within their pod IP capacity, at most 250 and preferably at most 110") {
            @Override
            public void check(NodeGroup nodes, EvalContext context, ConditionEvents events) {
                Optional<NodeUserData> read = NodeUserData.of(nodes, context);
                if (read.isEmpty()) {
                    return;
                }
                NodeUserData userData = read.get();
                UserDataMaxPods maxPods = userData.maxPods();
                if (maxPods.isUnknown()) {
                    events.unverifiable(nodes, userData.userData(), "max-pods in the user data of "
                            + userData.template().address() + " is not known: " + maxPods.source());
                    return;
                }
                if (maxPods.isNotSet()) {
                    return;
                }
                PodCapacity.Outcome capacity = PodCapacity.of(nodes, context);
                if (!capacity.isKnown()) {
                    events.unverifiable(nodes, capacity::unknownAt, capacity.unknownReason());
                    return;
                }
                int n = maxPods.maxPods();
                PodCapacity minimum = capacity.minimum();
                String configured = nodes.describe() + ": max-pods " + n + " (" + maxPods.source() + ")";
                String message;
                Severity severity;
                if (n > minimum.pods()) {
                    severity = Severity.ERROR;
                    message = configured + " exceeds " + minimum.describe()
                            + "; pods beyond that are scheduled but never get an IP address";
                } else if (n > EKS_MAXIMUM) {
                    severity = Severity.WARNING;
                    message = configured + " is above " + EKS_MAXIMUM + ", the most EKS tests and managed node groups "
                            + "allow (within " + minimum.describe() + ")";
                } else if (n > RECOMMENDED) {
                    severity = Severity.INFO;
                    message = configured + " is above the " + RECOMMENDED + " pods per node Kubernetes recommends "
                            + "(within " + minimum.describe() + ")";
                } else {
                    return;
                }
                List<RelatedLocation> related = new ArrayList<>();
                related.add(userData.usedBy());
                related.add(new RelatedLocation(minimum.instanceType().location(),
                        "instance type " + minimum.limits().instanceType() + " here"));
                related.addAll(capacity.modeSettings());
                ViolationsMergedByPlace.report(this, events, new Violation(nodes, userData.userData().location(), message, related, severity));
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                ViolationsMergedByPlace.flush(this, events);
            }
        };
    }

    /**
     * "set max-pods when prefix delegation is on" (NET017): a custom AMI or self-managed nodes keep the ENI-based
     * max-pods unless their user data raises it, so prefix delegation adds no pods.
     */
    static Condition<NodeGroup> setMaxPodsForPrefixDelegation() {
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
