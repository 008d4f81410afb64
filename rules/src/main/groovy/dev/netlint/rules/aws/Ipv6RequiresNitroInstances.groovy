package dev.netlint.rules.aws

rule('NET012', 'ipv6-requires-nitro-instances') {
    severity ERROR
    summary 'IPv6 pods need Nitro (or bare-metal) instance types'
    notes 'EKS-NETWORKING.md:89 "Supported with AWS Nitro-based instances and Fargate"'
    rationale 'IPv6 pods get addresses only in prefix delegation mode, and ipamd supports prefix delegation only on ' +
            'Nitro and bare-metal instances ("Prefix Delegation is not supported on non-nitro instance ... IPv6 is only ' +
            'supported in Prefix delegation Mode"). The instance types come from the node group (EKS default t3.medium), ' +
            'its launch template, the autoscaling group\'s overrides or the instance; their facts from the VPC CNI\'s ' +
            'instance table. A type the table does not list is unknown and not reported. Fargate is not affected.'
    fix 'Use Nitro instance types (for example m5, m6i, m7g, c6i) or bare metal for the nodes of an IPv6 cluster.'
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

resource "aws_eks_node_group" "ng" {
  cluster_name   = aws_eks_cluster.main.name
  instance_types = ["m4.large"]
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

resource "aws_eks_node_group" "ng" {
  cluster_name   = aws_eks_cluster.main.name
  instance_types = ["m5.large"]
}''')

    check(nodeGroups().should().runOnNitroForIpv6()
            .because('IPv6 needs prefix delegation, which needs Nitro'))
}
