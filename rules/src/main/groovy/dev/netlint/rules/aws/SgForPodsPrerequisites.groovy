package dev.netlint.rules.aws

rule('NET018', 'sg-for-pods-prerequisites') {
    severity WARNING
    summary 'Security groups for pods need ENABLE_POD_ENI, trunk-capable instance types and valid policies'
    notes 'EKS-NETWORKING.md:127 "When `ENABLE_POD_ENI=true`, VPC resource controller creates special network interface ' +
            'called a trunk network interface"; EKS-NETWORKING.md:134 "Supported by most Nitro based systems (aside from t instance family)"'
    rationale 'A SecurityGroupPolicy gives pods their own security groups through branch ENIs on a trunk ENI. Without ' +
            'ENABLE_POD_ENI=true in the VPC CNI the resource controller creates no trunk, so the policy has no effect on ' +
            'EC2 pods (warning, checked when a CNI configuration is in the input). Instance types that cannot have a trunk ' +
            '(every t* type and the non-Nitro types, per the resource controller\'s table) offer no vpc.amazonaws.com/pod-eni, ' +
            'so matching pods cannot be scheduled there (warning). A policy without podSelector and serviceAccountSelector, ' +
            'or without 1 to 16 groupIds (the CRD\'s bounds), is ignored by the controller (error).'
    fix 'Set ENABLE_POD_ENI to "true", run pods that need their own security groups on trunk-capable Nitro types (for example m5, c5, r5, m6g), and give each policy a selector and 1 to 16 group ids.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html'

    yamlExample('''
apiVersion: vpcresources.k8s.aws/v1beta1
kind: SecurityGroupPolicy
metadata: {name: db-access, namespace: shop}
spec:
  podSelector: {matchLabels: {role: db-client}}''', '''
apiVersion: vpcresources.k8s.aws/v1beta1
kind: SecurityGroupPolicy
metadata: {name: db-access, namespace: shop}
spec:
  podSelector: {matchLabels: {role: db-client}}
  securityGroups: {groupIds: [sg-0123456789abcdef0]}''')

    check(securityGroupPolicies().should(haveTrunkInterfacesEnabled())
            .because('without a trunk interface the policy does nothing'))
    check(nodeGroups().should().supportTrunkInterfaces()
            .because('pods with their own security groups need a branch interface'))
    check(ERROR, securityGroupPolicies().should(beValid())
            .because('the controller ignores invalid policies'))
}
