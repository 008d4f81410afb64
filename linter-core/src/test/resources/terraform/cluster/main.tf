variable "cluster_name" {}

locals {
  azs = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc_ipv4_cidr_block_association" "pods" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_subnet" "private" {
  for_each          = toset(local.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = each.key
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, index(local.azs, each.key))
  tags = {
    Name = "private-${each.value}"
  }
}

resource "aws_eks_cluster" "main" {
  name = var.cluster_name

  vpc_config {
    subnet_ids             = [for s in aws_subnet.private : s.id]
    security_group_ids     = [aws_security_group.cluster.id]
    endpoint_public_access = false
  }

  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_security_group" "cluster" {
  vpc_id = aws_vpc.main.id
}

resource "aws_launch_template" "nodes" {
  name                   = "nodes"
  vpc_security_group_ids = [aws_eks_cluster.main.vpc_config[0].cluster_security_group_id]
  instance_type          = "m5.large"
  user_data              = base64encode(templatefile("${path.module}/templates/user_data.sh.tpl", { max_pods = 58 }))

  network_interfaces {
    security_groups = [aws_security_group.cluster.id]
  }
}

resource "aws_launch_template" "bare" {
  name = "bare"
}

resource "aws_eks_node_group" "by_id" {
  cluster_name   = aws_eks_cluster.main.name
  subnet_ids     = [aws_subnet.private["eu-west-1a"].id]
  instance_types = ["m5.large"]
  ami_type       = "AL2023_x86_64_STANDARD"
  labels = {
    role = "general"
  }

  launch_template {
    id      = aws_launch_template.nodes.id
    version = aws_launch_template.nodes.latest_version
  }
}

resource "aws_eks_node_group" "by_name" {
  cluster_name = "some-other-cluster"

  launch_template {
    name    = "bare"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "self_managed" {
  vpc_zone_identifier = [aws_subnet.private["eu-west-1b"].id]

  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_name = aws_launch_template.nodes.name
      }
    }
  }
}

resource "aws_instance" "bastion" {
  subnet_id              = aws_subnet.private["eu-west-1a"].id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.cluster.id, "sg-0abc"]
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name  = aws_eks_cluster.main.name
  addon_name    = "vpc-cni"
  addon_version = "v1.18.0-eksbuild.1"
  configuration_values = jsonencode({
    env  = { ENABLE_PREFIX_DELEGATION = "true" }
    init = { env = { DISABLE_TCP_EARLY_DEMUX = "true" } }
  })
}

resource "aws_eks_addon" "coredns" {
  cluster_name = "other"
  addon_name   = "coredns"
}
