package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.nodeGroups;

import dev.netlint.core.analysis.NodeUserData;
import dev.netlint.core.analysis.PodCapacity;
import dev.netlint.core.analysis.UserDataMaxPods;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.lang.ViolationsMergedByPlace;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Kubernetes' recommended maximum of pods per node. */
    private static final int RECOMMENDED = 110;

    /** The most EKS tests, and the most managed node groups allow (30 vCPUs or more). */
    private static final int EKS_MAXIMUM = 250;

    /**
     * "configure max-pods within their pod IP capacity" (NET016): error above the CNI's pod IPs, warning above 250,
     * info above 110. Node groups that share a launch template are reported once, with each as a related location.
     */
    private static Condition<NodeGroup> setMaxPodsWithinTheirPodIpCapacity() {
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
}
