package dev.netlint.core.analysis;

import dev.netlint.core.model.Tri;
import java.util.OptionalInt;

/**
 * What one EC2 instance type allows the VPC CNI (RULES.md §1.5, §5). {@code trunkingCompatible} is UNKNOWN and
 * {@code branchEnis} empty where the resource controller's table does not list the type ("-" in the data file).
 */
public record InstanceLimits(String instanceType, int eniLimit, int ipv4PerEni, int networkCards, String hypervisor,
                             boolean bareMetal, boolean prefixDelegationCapable, int maxPodsSecondaryIp,
                             Tri trunkingCompatible, OptionalInt branchEnis) {

    /** Max pods in secondary-IP mode: {@code E*(I-1)+2}; one ENI fewer with custom networking. */
    public int maxPodsSecondaryIp(boolean customNetworking) {
        int enis = customNetworking ? eniLimit - 1 : eniLimit;
        return enis * (ipv4PerEni - 1) + 2;
    }

    /** Max pods with prefix delegation: {@code E*((I-1)*16)+2}; one ENI fewer with custom networking. */
    public int maxPodsPrefixDelegation(boolean customNetworking) {
        int enis = customNetworking ? eniLimit - 1 : eniLimit;
        return enis * ((ipv4PerEni - 1) * 16) + 2;
    }
}
