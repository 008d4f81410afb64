package dev.netlint.rules.aws

rule('NET021', 'custom-networking-misconfigured') {
    severity ERROR
    summary 'VPC CNI custom networking needs an ENIConfig for every node and does not work with IPv6'
    notes 'EKS-NETWORKING.md:194-196 "To be able to use these IP addresses we can enable VPC CNI Custom Networking", ' +
            '"VPC CNI plugin creates a secondary ENI in the separate subnet", "Once enabled only IPs from secondary ENI are assigned to pods"'
    rationale 'With AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG on, pods get addresses only from secondary ENIs described by an ' +
            'ENIConfig. With no ENIConfig in the input nodes get no secondary ENIs and pods no IPs (error; info when ' +
            'the run has no Kubernetes input to look in). When ENI_CONFIG_LABEL_DEF is topology.kubernetes.io/zone each ' +
            'availability zone of the node subnets needs an ENIConfig named after it; with the default label each managed ' +
            'node group needs a k8s.amazonaws.com/eniConfig label naming an existing ENIConfig. ipamd: "Custom Networking ' +
            'is not supported in IPv6 mode". Checking that an ENIConfig\'s subnet lies in the right VPC and zone needs the ' +
            'subnet ids, which the input usually does not resolve, and is not done.'
    fix 'Create one ENIConfig per availability zone, named after the zone, with ENI_CONFIG_LABEL_DEF=topology.kubernetes.io/zone (or label each node group), and do not combine custom networking with IPv6.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html'

    yamlExample('''
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-node, namespace: kube-system}
spec:
  template:
    spec:
      containers:
      - name: aws-node
        image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3
        env:
        - {name: ENABLE_IPv4, value: "true"}
        - {name: AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG, value: "true"}''', '''
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: aws-node, namespace: kube-system}
spec:
  template:
    spec:
      containers:
      - name: aws-node
        image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3
        env:
        - {name: ENABLE_IPv4, value: "true"}
        - {name: AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG, value: "true"}
        - {name: ENI_CONFIG_LABEL_DEF, value: topology.kubernetes.io/zone}
---
apiVersion: crd.k8s.amazonaws.com/v1alpha1
kind: ENIConfig
metadata: {name: us-east-1a}
spec:
  subnet: subnet-0a1b2c3d4e5f60001
  securityGroups: [sg-0a1b2c3d4e5f60001]''')

    check(cniConfigurations().should(configureCustomNetworkingCompletely())
            .because('custom networking gives pods only the addresses of ENIConfig subnets'))
}
