package dev.netlint.rules.aws

rule('NET020', 'sg-for-pods-ipv6-ec2-requires-cni-1-16') {
    severity ERROR
    summary 'Security groups for pods on IPv6 EC2 nodes need VPC CNI v1.16.0 or later'
    notes 'EKS-NETWORKING.md:133 "If the cluster is using IPv6 address family then this feature only works with ' +
            'Fargate nodes" (outdated: VPC CNI v1.16.0 added "IPv6 Security Groups for Pods Support" for EC2 nodes)'
    rationale 'The notes\' claim is outdated; the real source wins: the VPC CNI CHANGELOG for v1.16.0 adds IPv6 ' +
            'security groups for pods, and the EKS documentation supports EC2 nodes from that version on. In an ipv6 ' +
            'cluster with security groups for pods (a SecurityGroupPolicy, or ENABLE_POD_ENI) and EC2 node groups, a VPC ' +
            'CNI older than v1.16.0 (add-on addon_version or the aws-node image tag; -eksbuild.N ignored) cannot give ' +
            'those pods their security groups. An add-on without addon_version gets EKS\'s default version, which is unknown.'
    fix 'Upgrade the vpc-cni add-on to v1.16.0 or later, or run the pods that need security groups on Fargate.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html'

    hclExample('''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = aws_eks_cluster.main.name
  addon_name           = "vpc-cni"
  addon_version        = "v1.15.4-eksbuild.1"
  configuration_values = jsonencode({ env = { ENABLE_POD_ENI = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = aws_eks_cluster.main.name
  instance_types = ["m5.large"]
}''', '''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = aws_eks_cluster.main.name
  addon_name           = "vpc-cni"
  addon_version        = "v1.18.3-eksbuild.1"
  configuration_values = jsonencode({ env = { ENABLE_POD_ENI = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = aws_eks_cluster.main.name
  instance_types = ["m5.large"]
}''')

    check(cniConfigurations().should(supportIpv6PodSecurityGroups())
            .because('IPv6 security groups for pods came with VPC CNI v1.16.0'))
}
