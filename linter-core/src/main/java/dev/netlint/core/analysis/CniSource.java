package dev.netlint.core.analysis;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;

/**
 * One place that configures the Amazon VPC CNI (RULES.md §1.4): an {@code aws_eks_addon} named {@code vpc-cni} or a
 * {@code kube-system/aws-node} DaemonSet. Each is evaluated on its own, with its own defaults: the EKS add-on and the
 * Helm chart set {@code ENABLE_IPv4} (and, on an IPv6 cluster, IPv6 and prefix delegation) for the user, a raw
 * DaemonSet gets the binary's defaults.
 *
 * @param env         the aws-node container's variables
 * @param initEnv     the aws-vpc-cni-init container's variables
 * @param allUnknown  true when the configuration could not be resolved at all (then every variable is unknown)
 * @param ipv6Cluster whether the add-on's cluster is IPv6 (UNKNOWN for a DaemonSet or an unlinked add-on)
 */
public record CniSource(Kind kind, ModelElement element, Location location, Map<String, Value<String>> env,
                        Map<String, Value<String>> initEnv, Value<String> version, boolean allUnknown,
                        Tri ipv6Cluster) implements ModelElement {

    public enum Kind { EKS_ADDON, AWS_NODE_DAEMONSET }

    @Override
    public String describe() {
        return element.describe();
    }

    /** A variable as configured (aws-node container first, then the init container); absent at the source. */
    public Value<String> variable(CniVariable variable) {
        String name = variable.name();
        if (allUnknown) {
            return Value.unknown(describe() + " configuration cannot be resolved", location);
        }
        Value<String> value = env.get(name);
        if (value == null) {
            value = initEnv.get(name);
        }
        return value != null ? value : Value.absent(location);
    }

    /**
     * A boolean variable's effective value with {@code strconv.ParseBool} semantics: its default when absent or not
     * a Go boolean, UNKNOWN when unresolvable.
     */
    public Tri flag(CniVariable name) {
        Value<String> value = variable(name);
        if (value.isUnknown()) {
            return Tri.UNKNOWN;
        }
        return value instanceof Value.Known<String> known
                ? GoBool.parse(known.value().trim()).map(Tri::of).orElseGet(() -> defaultOf(name)) : defaultOf(name);
    }

    /** Where a finding about variable {@code name} points: the variable when written, else this configuration. */
    public dev.netlint.core.source.HasLocation placeOf(CniVariable name) {
        Value<String> value = variable(name);
        return value.isAbsent() ? this : value;
    }

    /**
     * Why {@link #flag} is UNKNOWN for {@code name}, as a sentence for --strict: the unknown value's own reason, or
     * the add-on default that depends on the cluster's IP family.
     */
    public String whyUnknown(CniVariable name) {
        Value<String> value = variable(name);
        if (value instanceof Value.Unknown<String> unknown) {
            return name + " is not known: " + unknown.reason();
        }
        return name + " is not set, and the add-on's default follows the cluster's IP family, which is not known";
    }

    /** True when the variable is written (known or not). */
    public boolean isSet(CniVariable name) {
        return allUnknown || !variable(name).isAbsent();
    }

    private Tri defaultOf(CniVariable name) {
        boolean managedDefaults = kind == Kind.EKS_ADDON;
        return switch (name) {
            case ENABLE_IPv4 -> managedDefaults ? ipv6Cluster.not() : Tri.FALSE;
            case ENABLE_IPv6 -> managedDefaults ? ipv6Cluster : Tri.FALSE;
            case ENABLE_PREFIX_DELEGATION -> managedDefaults ? ipv6Cluster : Tri.FALSE; // the add-on turns PD on for IPv6
            default -> Tri.FALSE;
        };
    }

    /**
     * The CNI version as {major, minor, patch}; empty when not known, not written (the add-on's default version is not
     * known) or not a version netlint can read.
     */
    public java.util.Optional<int[]> parsedVersion() {
        if (!(version instanceof Value.Known<String> known)) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)").matcher(known.value());
        return m.find() ? java.util.Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))}) : java.util.Optional.empty();
    }
}
