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
}
