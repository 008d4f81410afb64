package dev.netlint.core.analysis;

import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.source.Location;

/**
 * The access settings of an EKS cluster's API server endpoint with EKS's defaults (RULES.md §1.2), as the endpoint
 * rules (NET005, NET006, NET007) and the VPC DNS rule (NET008) read them.
 */
public final class EndpointAccess {

    private EndpointAccess() {}

    /** The effective {@code endpoint_public_access} (default true). */
    public static Tri publicAccess(EksCluster cluster) {
        return cluster.endpointPublicAccess().orElse(true).test(Boolean::booleanValue);
    }

    /** The effective {@code endpoint_private_access} (default false). */
    public static Tri privateAccess(EksCluster cluster) {
        return cluster.endpointPrivateAccess().orElse(false).test(Boolean::booleanValue);
    }

    /** Records which endpoint access setting left a check undecided. */
    public static void reportUnknownEndpointAccess(EksCluster cluster, Tri isPublic, UndecidedChecks events) {
        if (isPublic.isUnknown()) {
            events.unknown(cluster, cluster.endpointPublicAccess(), "endpoint_public_access");
        } else {
            events.unknown(cluster, cluster.endpointPrivateAccess(), "endpoint_private_access");
        }
    }

    /** Where a finding about a setting of {@code vpc_config} goes: the setting when written, else the block. */
    public static Location settingOrBlock(Value<?> value, EksCluster cluster) {
        return value.isAbsent() ? cluster.vpcConfigLocation() : value.location();
    }
}
