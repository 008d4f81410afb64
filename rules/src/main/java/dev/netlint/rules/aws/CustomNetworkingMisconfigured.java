package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.cniConfigurations;

import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.rules.Examples;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    private static final CniVariable CUSTOM_NETWORK = CniVariable.AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG;

    private static final CniVariable LABEL_DEF = CniVariable.ENI_CONFIG_LABEL_DEF;

    private static final String DEFAULT_LABEL = "k8s.amazonaws.com/eniConfig";

    private static final Set<String> ZONE_LABELS = Set.of("topology.kubernetes.io/zone",
            "failure-domain.beta.kubernetes.io/zone");

    /** "configure custom networking completely" (NET021 a-c). */
    private static Condition<CniSource> configureCustomNetworkingCompletely() {
        return new Condition<>("have an ENIConfig for every node when custom networking is on, and not use IPv6") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Tri custom = source.flag(CUSTOM_NETWORK);
                if (custom.isUnknown()) {
                    events.unverifiable(source, source.placeOf(CUSTOM_NETWORK), source.whyUnknown(CUSTOM_NETWORK));
                }
                if (!custom.isTrue()) {
                    return;
                }
                Value<String> switchedOn = source.variable(CUSTOM_NETWORK);
                List<GenericK8sObject> eniConfigs = context.workspace().otherK8sObjects().stream()
                        .filter(o -> o.meta().kind().equals("ENIConfig")).toList();
                checkIpv6(source, context, switchedOn, events);
                if (eniConfigs.isEmpty()) {
                    boolean kubernetesInput = context.workspace().hasKubernetes();
                    events.add(new Violation(source, switchedOn.location(), source.describe()
                            + " turns custom networking on, but there is no ENIConfig in the input"
                            + (kubernetesInput ? "; nodes get no secondary ENIs, so pods get no IP addresses"
                            : " (lint the Kubernetes manifests together with the Terraform to check them)"),
                            List.of(), kubernetesInput ? null : Severity.INFO));
                    return;
                }
                Set<String> names = new TreeSet<>();
                eniConfigs.forEach(c -> names.add(c.name()));
                Value<String> label = source.variable(LABEL_DEF);
                if (label.isUnknown()) {
                    events.unknown(source, label, LABEL_DEF.name());
                } else if (label.isKnown() && ZONE_LABELS.contains(label.orNull().trim())) {
                    checkZoneNames(source, context, names, label, events);
                } else if (label.isAbsent() || DEFAULT_LABEL.equals(label.orNull().trim())) {
                    checkNodeLabels(source, context, names, events);
                }
            }
        };
    }

    private static void checkIpv6(CniSource source, EvalContext context, Value<String> switchedOn,
                                  ConditionEvents events) {
        Setting<Spelled<IpFamily>> family = ClusterIpFamily.of(context);
        boolean ipv6 = source.ipv6Cluster().isTrue() || family.means(IpFamily.IPV6) || source.flag(CniVariable.ENABLE_IPv6).isTrue();
        if (ipv6) {
            events.violation(source, switchedOn, source.describe() + " combines custom networking with IPv6; ipamd:"
                    + " \"Custom Networking is not supported in IPv6 mode\"");
        }
    }

    private static void checkZoneNames(CniSource source, EvalContext context, Set<String> names, Value<String> label,
                                       ConditionEvents events) {
        Set<String> zones = new TreeSet<>();
        for (NodeGroup nodes : context.workspace().nodeGroups()) {
            Value<List<Value<ResourceRef>>> subnetIds = nodes.subnetIds();
            if (!(subnetIds instanceof Value.Known<List<Value<ResourceRef>>> known)) {
                if (subnetIds.isUnknown()) {
                    events.unknown(nodes, subnetIds, "the subnets of " + nodes.address());
                }
                continue;
            }
            for (Value<ResourceRef> ref : known.value()) {
                ResourceRef resolved = ref.orNull();
                Subnet subnet = resolved == null || !resolved.isResource() ? null
                        : context.workspace().resource(resolved.address(), Subnet.class).orElse(null);
                String zone = subnet == null ? null : subnet.availabilityZone().orNull();
                if (zone == null) {
                    if (ref.isUnknown()) {
                        events.unknown(nodes, ref, "a subnet of " + nodes.address());
                    } else if (subnet == null) {
                        events.unverifiable(nodes, ref, "subnet " + resolved + " of " + nodes.address()
                                + " is not in the input, so its availability zone is not known");
                    } else {
                        events.unknown(nodes, subnet.availabilityZone(), "the availability zone of " + subnet.address());
                    }
                } else {
                    zones.add(zone);
                }
            }
        }
        for (String zone : zones) {
            if (!names.contains(zone)) {
                events.violation(source, label, source.describe() + " selects ENIConfigs by zone (" + label.orNull()
                        + "), but no ENIConfig is named " + zone + ", where node subnets are; nodes there get no pod IPs");
            }
        }
    }

    private static void checkNodeLabels(CniSource source, EvalContext context, Set<String> names,
                                        ConditionEvents events) {
        for (NodeGroup nodes : context.workspace().nodeGroups()) {
            if (nodes.kind() != NodeGroup.Kind.MANAGED_NODE_GROUP) {
                continue; // self-managed nodes are labelled at bootstrap, which netlint does not read
            }
            Value<String> label = nodes.labels().get(DEFAULT_LABEL);
            if (label == null) {
                events.add(new Violation(nodes, nodes.location(), nodes.address() + " has no "
                        + DEFAULT_LABEL + " label, so with custom networking on its nodes get no ENIConfig and pods no IPs",
                        List.of(new RelatedLocation(source.variable(CUSTOM_NETWORK).location(), "custom networking on here")),
                        null));
            } else if (label.isKnown() && !names.contains(label.orNull())) {
                events.violation(nodes, label, nodes.address() + " names ENIConfig '" + label.orNull()
                        + "', which is not in the input (ENIConfigs: " + String.join(", ", names) + ")");
            } else if (label.isUnknown()) {
                events.unknown(nodes, label, "the " + DEFAULT_LABEL + " label of " + nodes.address());
            }
        }
    }
}
