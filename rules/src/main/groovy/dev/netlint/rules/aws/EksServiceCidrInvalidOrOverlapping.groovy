package dev.netlint.rules.aws

rule('NET027', 'eks-service-cidr-invalid-or-overlapping') {
    severity ERROR
    summary 'The EKS service CIDR must be a private /12 to /24 that does not overlap the VPC'
    notes 'EKS-NETWORKING.md:153 "If not configured explicitly then Amazon EKS provisions either 10.100.0.0/16 or ' +
            '172.20.0.0/16 range for this virtual IP"'
    rationale 'The EKS API requires service_ipv4_cidr to lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 ' +
            'with a prefix between /12 and /24, and not to overlap the VPC; for an ipv6 cluster the service ' +
            'addresses come from fc00::/7 and service_ipv4_cidr cannot be set (EKS API CreateCluster, ' +
            'KubernetesNetworkConfigRequest). When it is not set, EKS picks 172.20.0.0/16 or 10.100.0.0/16; the EKS ' +
            'AMI bootstrap assumes 172.20.0.0/16 when any of the VPC\'s CIDR blocks (primary or secondary) is in ' +
            '10.0.0.0/8 and 10.100.0.0/16 otherwise. That range can collide with VPC CIDRs or connected networks ' +
            '(warning when it overlaps a VPC CIDR block, info otherwise). Nodes must agree: a launch template that ' +
            'passes --dns-cluster-ip (AL2 bootstrap) or an AL2023 NodeConfig spec.cluster.cidr outside the service ' +
            'CIDR points pods at a DNS address no Service has (warning).'
    fix 'Set service_ipv4_cidr to a private /16 to /24 that overlaps neither the VPC nor any connected network, for example 172.20.0.0/16 for a VPC in 10.0.0.0/8.'
    docs 'https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html'

    hclExample('''
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = [aws_subnet.a.id]
  }
  kubernetes_network_config {
    service_ipv4_cidr = "10.0.0.0/16"
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

    check(clusters().should(useAValidServiceCidrClearOfTheVpc())
            .because('Service IPs must not shadow addresses that pods and nodes need to reach'))
}
