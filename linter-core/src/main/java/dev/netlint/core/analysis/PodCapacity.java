package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * How many pod IPs the VPC CNI can give a node (RULES.md NET016 table): {@code E*(I-1)+2} in secondary IP mode,
 * one ENI fewer with custom networking (only secondary ENIs carry pod IPs), {@code (I-1)*16} addresses per ENI with
 * prefix delegation on a PD-capable (Nitro) type; a type that is not PD-capable falls back to secondary IP mode as
 * ipamd does. For a group of several types the smallest capacity counts.
 *
 * @param pods         the capacity
 * @param instanceType the type that has it, as written
 * @param limits       its catalog facts
 * @param formula      the arithmetic in words ("3 ENIs x (10-1) + 2")
 * @param mode         the CNI mode in words ("secondary IP mode")
 */
public record PodCapacity(int pods, Value<String> instanceType, InstanceLimits limits, String formula, String mode) {

    public static final CniVariable PD = CniVariable.ENABLE_PREFIX_DELEGATION;
    public static final CniVariable CUSTOM_NETWORKING = CniVariable.AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG;

    /** "the 29 pod IPs of m5.large (3 ENIs x (10-1) + 2, secondary IP mode)". */
    public String describe() {
        return "the " + pods + " pod IPs of " + limits.instanceType() + " (" + formula + ", " + mode + ")";
    }

    /** One instance type's capacity in the given CNI mode. */
    public static PodCapacity of(InstanceLimits limits, Value<String> written, boolean prefixDelegation,
                                 boolean customNetworking) {
        int e = limits.eniLimit();
        int i = limits.ipv4PerEni();
        String enis = customNetworking ? "(" + e + "-1) ENIs" : e + " ENI" + (e == 1 ? "" : "s");
        if (prefixDelegation && limits.prefixDelegationCapable()) {
            return new PodCapacity(limits.maxPodsPrefixDelegation(customNetworking), written, limits,
                    enis + " x (" + i + "-1) x 16 + 2",
                    customNetworking ? "prefix delegation with custom networking" : "prefix delegation mode");
        }
        String mode = customNetworking ? "custom networking, secondary IP mode" : "secondary IP mode";
        if (prefixDelegation) {
            mode += "; " + limits.instanceType() + " is not Nitro, so prefix delegation falls back to secondary IPs";
        }
        return new PodCapacity(limits.maxPodsSecondaryIp(customNetworking), written, limits,
                enis + " x (" + i + "-1) + 2", mode);
    }

    /**
     * The smallest capacity of the node group's types (known, located at the type it comes from), or unknown with why
     * and where (for --strict); with the CNI settings that decide the mode.
     */
    public record Outcome(Value<PodCapacity> capacity, List<RelatedLocation> modeSettings) {
        public boolean isKnown() {
            return capacity.isKnown();
        }

        /** The smallest capacity; only to be asked of a known outcome. */
        public PodCapacity minimum() {
            if (capacity instanceof Value.Known<PodCapacity> known) {
                return known.value();
            }
            throw new IllegalStateException("unknown pod capacity");
        }

        /** Why the capacity is not known; only to be asked of an unknown outcome. */
        public String unknownReason() {
            return ((Value.Unknown<PodCapacity>) capacity).reason();
        }

        /** Where the value that leaves the capacity unknown is written. */
        public dev.netlint.core.source.Location unknownAt() {
            return capacity.location();
        }

        static Outcome unknown(String why, dev.netlint.core.source.Location at, List<RelatedLocation> modeSettings) {
            return new Outcome(Value.unknown(why, at), modeSettings);
        }
    }

    public static Outcome of(NodeGroup nodes, AnalysisContext context) {
        List<RelatedLocation> settings = new ArrayList<>();
        Tri prefixDelegation = cniFlag(nodes, context, PD, settings);
        Tri customNetworking = cniFlag(nodes, context, CUSTOM_NETWORKING, settings);
        if (prefixDelegation.isUnknown() || customNetworking.isUnknown()) {
            CniVariable variable = prefixDelegation.isUnknown() ? PD : CUSTOM_NETWORKING;
            for (CniSource source : CniConfiguration.sources(nodes, context)) {
                if (source.flag(variable).isUnknown()) {
                    return Outcome.unknown(source.whyUnknown(variable), source.placeOf(variable).location(), settings);
                }
            }
            return Outcome.unknown(variable + " is not known", nodes.location(), settings);
        }
        Value<List<Value<String>>> types = NodeInstanceTypes.of(nodes, context);
        if (!(types instanceof Value.Known<List<Value<String>>> known) || known.value().isEmpty()) {
            return Outcome.unknown(types instanceof Value.Unknown<List<Value<String>>> unknown
                    ? "the instance types are not known: " + unknown.reason() : "the instance types are not known",
                    types.location(), settings);
        }
        PodCapacity minimum = null;
        for (Value<String> type : known.value()) {
            if (type instanceof Value.Unknown<String> unknown) {
                return Outcome.unknown("the instance type is not known: " + unknown.reason(), type.location(),
                        settings);
            }
            if (!type.isKnown()) {
                return Outcome.unknown("the instance type is not known", type.location(), settings);
            }
            InstanceLimits limits = InstanceCatalog.get().limits(type.orNull()).orElse(null);
            if (limits == null) {
                return Outcome.unknown("instance type " + type.orNull() + " is not in netlint's instance table, so"
                        + " its pod IP capacity is not known", type.location(), settings);
            }
            PodCapacity capacity = of(limits, type, prefixDelegation.isTrue(), customNetworking.isTrue());
            if (minimum == null || capacity.pods() < minimum.pods()) {
                minimum = capacity;
            }
        }
        return new Outcome(Value.known(minimum, minimum.instanceType().location()), settings);
    }

    /**
     * A CNI flag over every configuration of the input (TRUE when any sets it), with where it was decided: the
     * sources that set it true, or for prefix delegation also the sources that leave it off.
     */
    private static Tri cniFlag(NodeGroup nodes, AnalysisContext context, CniVariable variable,
                               List<RelatedLocation> settings) {
        Tri result = NodeContext.anyCniFlag(nodes, context, variable, settings);
        if (result.isFalse() && variable == PD) {
            for (CniSource source : CniConfiguration.sources(nodes, context)) {
                Value<String> value = source.variable(variable);
                settings.add(new RelatedLocation(value.location(), variable + " is "
                        + (value.isAbsent() ? "not set (false)" : "false") + " in " + source.describe()));
            }
        }
        return result;
    }
}
