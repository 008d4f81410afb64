package dev.netlint.rules.aws

rule('NET015', 'prefix-delegation-non-nitro') {
    severity WARNING
    summary 'Prefix delegation works only on Nitro instances, and only some warm-pool settings apply to it'
    notes 'EKS-NETWORKING.md:84 "This feature is only supported for AWS Nitro-based nodes"; EKS-NETWORKING.md:86 ' +
            '"We can assign a CIDR block to an EC2 instance (/28 for IPv4 and /80 for IPv6)"'
    rationale 'With ENABLE_PREFIX_DELEGATION on, ipamd assigns /28 prefixes only on Nitro and bare-metal instances; ' +
            'elsewhere it logs "Prefix delegation is not supported on non-nitro instance ... falling back to default ' +
            '(secondary IP) mode", so those nodes get far fewer pod IPs than planned (warning, also when only some ' +
            'types of a mixed group are affected). WARM_PREFIX_TARGET does nothing without prefix delegation, and ' +
            'WARM_IP_TARGET or MINIMUM_IP_TARGET override it when prefix delegation is on (info).'
    fix 'Use Nitro instance types for node groups with prefix delegation, and set only the warm-pool targets that apply.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html'

    hclExample('''
resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = "main"
  instance_types = ["m4.xlarge"]
}''', '''
resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = "main"
  instance_types = ["m5.xlarge"]
}''')

    check(nodeGroups().should().runOnPrefixDelegationCapableTypes()
            .because('only Nitro instances get prefixes'))
    check(INFO, cniConfigurations().should(setOnlyWarmTargetsThatApply())
            .because('settings that have no effect mislead'))
}
