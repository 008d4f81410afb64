package dev.netlint.rules.aws

rule('NET011', 'ipv6-cluster-network-prerequisites') {
    severity ERROR
    summary 'An ipv6 EKS cluster needs a dual-stack VPC and subnets, and node subnets that auto-assign IPv6'
    notes 'EKS-NETWORKING.md:93 "We must assign IPv4 address to VPC and subnets as VPC does require IPv4 address ' +
            'to function"'
    rationale 'An EKS cluster with ip_family = "ipv6" gives pods and Services IPv6 addresses from the VPC and ' +
            'subnet IPv6 blocks, so the VPC needs an IPv6 CIDR (Amazon-provided, BYOIP, IPAM or an association) and ' +
            'every cluster and node subnet needs an IPv6 /64 as well as IPv4, because a VPC cannot work without ' +
            'IPv4 and EKS does not support IPv6-only subnets. The EKS user guide (cni-ipv6) also requires node ' +
            'subnets to auto-assign IPv6 addresses; assign_ipv6_address_on_creation defaults to false.'
    fix 'Use a dual-stack VPC and subnets (IPv4 and an IPv6 /64), with assign_ipv6_address_on_creation = true on the node subnets.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html'

    hclExample('''
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/20"
  availability_zone = "us-east-1a"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = [aws_subnet.a.id]
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}''', '''
resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
  enable_dns_hostnames             = true
}

resource "aws_subnet" "a" {
  vpc_id                          = aws_vpc.main.id
  cidr_block                      = "10.0.0.0/20"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true
  availability_zone               = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id                          = aws_vpc.main.id
  cidr_block                      = "10.0.16.0/20"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true
  availability_zone               = "us-east-1b"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}''')

    check(clusters().should(haveTheIpv6NetworkPrerequisites())
            .because('pods and nodes of an ipv6 cluster take their addresses from the VPC and subnet IPv6 blocks'))
}
