package dev.netlint.core.analysis;

/**
 * The VPC CNI settings netlint's rules read (RULES.md §1.4), named as the aws-node container's environment
 * variables; {@link #name()} is the variable's name. What an unset one defaults to is {@link CniSource}'s to say.
 */
public enum CniVariable {
    ENABLE_IPv4,
    ENABLE_IPv6,
    ENABLE_PREFIX_DELEGATION,
    ENABLE_POD_ENI,
    WARM_PREFIX_TARGET,
    WARM_IP_TARGET,
    MINIMUM_IP_TARGET,
    AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG,
    ENI_CONFIG_LABEL_DEF,
    AWS_VPC_K8S_CNI_EXTERNALSNAT
}
