package dev.netlint.rules.aws

rule('NET014', 'ipv6-cni-requires-prefix-delegation') {
    severity ERROR
    summary 'The VPC CNI supports IPv6 only with prefix delegation'
    notes 'EKS-NETWORKING.md:92 "For Amazon EC2 nodes, we must configure the Amazon VPC CNI add-on with IP prefix delegation and IPv6"'
    rationale 'ipamd refuses IPv6 without prefix delegation ("IPv6 is supported only in Prefix Delegation mode"). ' +
            'Read from the vpc-cni add-on\'s configuration_values and the aws-node DaemonSet, with Go ParseBool ' +
            'semantics. On an ipv6 cluster the EKS add-on turns prefix delegation on by itself, so only an explicit ' +
            'false is reported there; a raw DaemonSet has no such default.'
    fix 'Set ENABLE_PREFIX_DELEGATION to "true" wherever ENABLE_IPv6 is "true".'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html'

    yamlExample('''
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: aws-node}}
  template:
    metadata: {labels: {k8s-app: aws-node}}
    spec:
      containers:
      - name: aws-node
        image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3
        env:
        - {name: ENABLE_IPv6, value: "true"}
        - {name: ENABLE_IPv4, value: "false"}
        - {name: ENABLE_PREFIX_DELEGATION, value: "false"}''', '''
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: aws-node}}
  template:
    metadata: {labels: {k8s-app: aws-node}}
    spec:
      containers:
      - name: aws-node
        image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3
        env:
        - {name: ENABLE_IPv6, value: "true"}
        - {name: ENABLE_IPv4, value: "false"}
        - {name: ENABLE_PREFIX_DELEGATION, value: "true"}''')

    check(cniConfigurations().should(usePrefixDelegationWithIpv6())
            .because('ipamd supports IPv6 only in prefix delegation mode'))
}
