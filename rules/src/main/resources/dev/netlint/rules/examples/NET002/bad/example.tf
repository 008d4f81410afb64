resource "aws_security_group" "nodes" {  # 4 violations
  vpc_id = aws_vpc.main.id
  # no egress block: Terraform removed AWS's default allow-all egress
}

resource "aws_launch_template" "nodes" {
  vpc_security_group_ids = [aws_security_group.nodes.id]
}

resource "aws_eks_node_group" "ng" {
  cluster_name = aws_eks_cluster.main.name
  launch_template {
    id      = aws_launch_template.nodes.id
    version = aws_launch_template.nodes.latest_version
  }
}
