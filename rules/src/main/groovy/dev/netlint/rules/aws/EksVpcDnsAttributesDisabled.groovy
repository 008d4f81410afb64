package dev.netlint.rules.aws

rule('NET008', 'eks-vpc-dns-attributes-disabled') {
    severity ERROR
    summary 'The VPC of an EKS cluster must have DNS support, DNS hostnames and AmazonProvidedDNS'
    notes 'EKS-NETWORKING.md:55 "In this case, the cluster endpoint can be reached only from the private VPC"'
    rationale 'The private endpoint is served through a Route 53 private hosted zone that EKS manages, which ' +
            'resolves only in a VPC with enableDnsSupport and enableDnsHostnames and DHCP options that use ' +
            'AmazonProvidedDNS; the EKS network requirements also say nodes cannot register without DNS hostname ' +
            'and resolution support. Terraform\'s aws_vpc defaults enable_dns_hostnames to false. Error when the ' +
            'private endpoint is enabled, warning otherwise.'
    fix 'Set enable_dns_hostnames = true and enable_dns_support = true on the VPC, and keep AmazonProvidedDNS in the DHCP options\' domain_name_servers.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html'

    hclExample('''
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id]
    endpoint_private_access = true
  }
}''', '''
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
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
    service_ipv4_cidr = "172.20.0.0/16"
  }
}''')

    // error when the cluster's private endpoint is enabled, warning otherwise (set per finding)
    check(clusters().should(runInAVpcWithDnsSupportAndHostnames())
            .because('the private endpoint and node registration rely on VPC DNS'))
}
