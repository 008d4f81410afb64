data "aws_availability_zones" "available" {}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc_ipv6_cidr_block_association" "v6" {
  vpc_id                           = aws_vpc.main.id
  assign_generated_ipv6_cidr_block = true
}

resource "aws_vpc_dhcp_options" "corp" {
  domain_name         = "corp.example"
  domain_name_servers = ["10.0.0.2", "AmazonProvidedDNS"]
}

resource "aws_vpc_dhcp_options_association" "main" {
  vpc_id          = aws_vpc.main.id
  dhcp_options_id = aws_vpc_dhcp_options.corp.id
}

resource "aws_vpc" "ipam" {
  ipv4_ipam_pool_id   = "ipam-pool-0123"
  ipv4_netmask_length = 20
  ipv6_ipam_pool_id   = "ipam-pool-0456"
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
}

resource "aws_subnet" "private" {
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.100.0/24"
  availability_zone_id = "use1-az1"
}

resource "aws_subnet" "isolated" {
  vpc_id                  = aws_vpc.main.id
  ipv4_netmask_length     = 28
  map_public_ip_on_launch = true
  availability_zone       = element(data.aws_availability_zones.available.names, 1)
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.main.id
}

resource "aws_nat_gateway" "nat" {
  subnet_id = aws_subnet.public[0].id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_nat" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}

resource "aws_autoscaling_group" "mixed" {
  vpc_zone_identifier = [aws_subnet.private.id]
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123"
      }
      override {
        instance_type = "m5.large"
      }
      override {
        instance_type = "c5.large"
      }
    }
  }
}

resource "aws_instance" "node" {
  ami           = "ami-0123"
  instance_type = "t3.large"
  subnet_id     = aws_subnet.private.id
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = [aws_subnet.private.id]
  }
}

resource "aws_eks_addon" "cni" {
  cluster_name         = aws_eks_cluster.main.name
  addon_name           = "vpc-cni"
  addon_version        = "v1.18.0-eksbuild.1"
  configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
}

variable "cni_config" {}

resource "aws_eks_addon" "unknown_config" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { X = var.cni_config } })
}

resource "aws_eks_addon" "literal_config" {
  cluster_name         = "other"
  addon_name           = "coredns"
  configuration_values = "{\"replicaCount\":3}"
}

resource "aws_eks_fargate_profile" "default" {
  cluster_name = aws_eks_cluster.main.name
}
