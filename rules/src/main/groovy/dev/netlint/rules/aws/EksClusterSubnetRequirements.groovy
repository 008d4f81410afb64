package dev.netlint.rules.aws

rule('NET009', 'eks-cluster-subnet-requirements') {
    severity ERROR
    summary 'EKS cluster subnets must be /28 or larger, in at least two AZs of one VPC, and apart from the nodes'
    notes 'EKS-NETWORKING.md:45 "It is recommended to have a separate subnet for EKS ENIs. EKS needs at least 6 IP ' +
            'addresses in each subnet (smallest subnet with 16 IPs is recommended)"'
    rationale 'EKS places 2-4 network interfaces in the subnets of vpc_config.subnet_ids. AWS reserves 5 addresses ' +
            'per subnet, so a /29 leaves 3, fewer than the 6 EKS needs, and EKS rejects subnets smaller than /28. ' +
            'The EKS API requires subnets in at least two availability zones, all in one VPC. When nodes share the ' +
            'cluster subnets they can take the free addresses EKS needs, for example when an upgrade recreates its ' +
            'interfaces (EKS user guide, network requirements). A subnet_ids list of one item is one subnet whatever it ' +
            'names (a literal subnet- id, a variable), so it is flagged even when that subnet is not in the input. ' +
            'Not about load balancer controllers or EKS Auto Mode.'
    fix 'Give the cluster dedicated /28 (or larger) subnets in at least two availability zones of one VPC, separate from the node and pod subnets.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html'

    hclExample('''
resource "aws_subnet" "cp_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/28"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "cp_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.16/28"
  availability_zone = "us-east-1a"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = [aws_subnet.cp_a.id, aws_subnet.cp_b.id]
  }
}''', '''
resource "aws_subnet" "cp_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/28"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "cp_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.16/28"
  availability_zone = "us-east-1b"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.cp_a.id, aws_subnet.cp_b.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
}''')

    check(clusters().should(useSubnetsOfAtLeast16Addresses())
            .because('EKS needs at least 6 free addresses in each cluster subnet'))
    check(clusters().should(useSubnetsInTwoAvailabilityZonesOfOneVpc())
            .because('the EKS API requires subnets in two availability zones of one VPC'))
    check(INFO, clusters().should(keepClusterSubnetsApartFromNodes())
            .because('nodes and pods can use up the addresses EKS needs for its network interfaces'))
}
