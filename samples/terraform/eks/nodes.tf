# Application nodes. Their launch template sets the security group, so EKS adds no cluster security group:
# this group's egress is all the nodes get, and it only allows HTTPS.
resource "aws_security_group" "app_nodes" {
  name   = "${var.cluster_name}-app-nodes"
  vpc_id = aws_vpc.main.id

  egress {
    description = "HTTPS to the API server and registries"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_launch_template" "app" {
  name_prefix            = "${var.cluster_name}-app-"
  vpc_security_group_ids = [aws_security_group.app_nodes.id]
}

resource "aws_eks_node_group" "app" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "app"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  launch_template {
    id      = aws_launch_template.app.id
    version = aws_launch_template.app.latest_version
  }
}

# System nodes: the same pattern done right, with allow-all egress for both address families.
resource "aws_security_group" "system_nodes" {
  name   = "${var.cluster_name}-system-nodes"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "system_all_ipv4" {
  security_group_id = aws_security_group.system_nodes.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "system_all_ipv6" {
  security_group_id = aws_security_group.system_nodes.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_launch_template" "system" {
  name_prefix            = "${var.cluster_name}-system-"
  vpc_security_group_ids = [aws_security_group.system_nodes.id]
}

resource "aws_eks_node_group" "system" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "system"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_b.id]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 2
  }

  launch_template {
    id      = aws_launch_template.system.id
    version = aws_launch_template.system.latest_version
  }
}
