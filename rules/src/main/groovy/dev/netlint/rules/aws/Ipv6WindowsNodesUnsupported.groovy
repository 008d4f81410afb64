package dev.netlint.rules.aws

rule('NET013', 'ipv6-windows-nodes-unsupported') {
    severity ERROR
    summary 'Windows nodes and Windows pods cannot run in an IPv6 cluster'
    notes 'EKS-NETWORKING.md:94 "IPv6 addresses are not supported for Windows pods"'
    rationale 'EKS supports IPv6 only for Linux pods. A node group whose ami_type starts with WINDOWS_ in an ipv6 ' +
            'cluster, or a workload pinned to kubernetes.io/os: windows (nodeSelector or required node affinity) while ' +
            'the cluster family is ipv6 (from Terraform or --cluster-ip-family), cannot get working pods.'
    fix 'Run Windows workloads in an IPv4 cluster.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html'

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

resource "aws_eks_node_group" "windows" {
  cluster_name = aws_eks_cluster.main.name
  ami_type     = "WINDOWS_CORE_2022_x86_64"
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

resource "aws_eks_node_group" "linux" {
  cluster_name = aws_eks_cluster.main.name
  ami_type     = "AL2023_x86_64_STANDARD"
}''')

    check(nodeGroups().should().runNoWindowsInIpv6Clusters()
            .because('IPv6 is not supported for Windows pods'))
    check(workloads().should(notRunWindowsInIpv6Clusters())
            .because('IPv6 is not supported for Windows pods'))
}
