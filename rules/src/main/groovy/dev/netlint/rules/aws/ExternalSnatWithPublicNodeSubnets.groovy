package dev.netlint.rules.aws

rule('NET022', 'external-snat-with-public-node-subnets') {
    severity ERROR
    summary 'External SNAT works only for nodes in private subnets behind a NAT'
    notes 'EKS-NETWORKING.md:97-100 "the VPC CNI plugin translates the pod\'s IPv4 address to the primary ENI\'s ' +
            'primary IPv4 address ... (default setting)", "If the pod is in a public VPC and enable source NAT ' +
            '(`EXTERNALSNAT=false`) ... node\'s public IPv4 address will be used", "For private subnet we can still disable ' +
            'the source NAT (`EXTERNALSNAT=true`) ... the IP address of the VPC NAT will be visible"; "For IPv6 address family, this translation is not applicable"'
    rationale 'With AWS_VPC_K8S_CNI_EXTERNALSNAT=true the VPC CNI stops translating pod addresses for traffic leaving ' +
            'the VPC. In a public node subnet (its route table sends 0.0.0.0/0 to an internet gateway; when routes cannot ' +
            'be resolved, map_public_ip_on_launch = true) that traffic reaches the internet gateway with private pod ' +
            'addresses and is dropped: pods lose internet egress (error). In a private subnet it needs a 0.0.0.0/0 route ' +
            'to a NAT gateway, NAT instance or transit gateway (warning). In an IPv6 cluster the switch has no effect (info).'
    fix 'Keep AWS_VPC_K8S_CNI_EXTERNALSNAT=false for nodes in public subnets, or move the nodes to private subnets behind a NAT gateway.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/external-snat.html'

    hclExample('''
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "nodes_a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }
}

resource "aws_route_table_association" "nodes_a" {
  subnet_id      = aws_subnet.nodes_a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { AWS_VPC_K8S_CNI_EXTERNALSNAT = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name = "main"
  subnet_ids   = [aws_subnet.nodes_a.id]
}''', '''
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_nat_gateway" "nat" {
  subnet_id = "subnet-0123456789abcdef0"
}

resource "aws_subnet" "nodes_a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.nat.id
  }
}

resource "aws_route_table_association" "nodes_a" {
  subnet_id      = aws_subnet.nodes_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { AWS_VPC_K8S_CNI_EXTERNALSNAT = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name = "main"
  subnet_ids   = [aws_subnet.nodes_a.id]
}''')

    check(cniConfigurations().should(useExternalSnatOnlyBehindNat())
            .because('pods behind external SNAT need a NAT on the way out'))
}
