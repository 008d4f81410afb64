package dev.netlint.rules.aws

rule('NET016', 'max-pods-exceeds-ip-capacity') {
    severity ERROR
    summary 'The max-pods node user data sets must fit the pod IPs the VPC CNI can give the instance type'
    notes 'EKS-NETWORKING.md:79 "Number of max pods: total number of ENIs * (max number of IPs per ENI -1) + 2"; ' +
            'EKS-NETWORKING.md:87 "Kubernetes recommends max number of 110 per node"; ' +
            'EKS-NETWORKING.md:196 "Once enabled only IPs from secondary ENI are assigned to pods"'
    rationale 'Every pod that is not on the host network needs an IP address from the VPC CNI. An instance type ' +
            'has E ENIs of I IPv4 addresses each, so it can run E*(I-1)+2 pods in secondary IP mode; with custom ' +
            'networking the primary ENI carries no pod IPs, (E-1)*(I-1)+2; with prefix delegation on a Nitro type ' +
            'each address slot is a /28, E*((I-1)*16)+2 (non-Nitro types fall back to secondary IPs). When the ' +
            'kubelet\'s max-pods is higher, the scheduler places pods the node cannot address and they stay in ' +
            'ContainerCreating. The max-pods is read from the launch template\'s user data: AL2 bootstrap.sh ' +
            '(--kubelet-extra-args --max-pods, or --use-max-pods false for the kubelet default 110), an AL2023 ' +
            'nodeadm NodeConfig (spec.kubelet.config.maxPods, overridden by spec.kubelet.flags), Bottlerocket ' +
            'settings.kubernetes.max-pods or Windows -KubeletExtraArgs. Above 250 is beyond what EKS tests and ' +
            'managed node groups allow (a warning); above the 110 Kubernetes recommends is an info. User data or ' +
            'instance types netlint cannot resolve, or types the catalog does not list, give no finding.'
    fix 'Set max-pods no higher than the computed capacity, or enable prefix delegation on Nitro instance types.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html'

    hclExample('''
resource "aws_launch_template" "ng" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    /etc/eks/bootstrap.sh main --use-max-pods false --kubelet-extra-args '--max-pods=110'
  EOT
  )
}

resource "aws_eks_node_group" "ng" {
  cluster_name = aws_eks_cluster.main.name
  launch_template {
    id      = aws_launch_template.ng.id
    version = aws_launch_template.ng.latest_version
  }
}''', '''
resource "aws_launch_template" "ng" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    /etc/eks/bootstrap.sh main --use-max-pods false --kubelet-extra-args '--max-pods=29'
  EOT
  )
}

resource "aws_eks_node_group" "ng" {
  cluster_name = aws_eks_cluster.main.name
  launch_template {
    id      = aws_launch_template.ng.id
    version = aws_launch_template.ng.latest_version
  }
}''')

    check(nodeGroups().that().haveKnownUserData()
            .should().setMaxPodsWithinTheirPodIpCapacity()
            .because('a pod the VPC CNI cannot give an IP address never starts'))
}
