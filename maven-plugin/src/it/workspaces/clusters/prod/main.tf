# prod's node security group has no egress: the nodes cannot reach the API server, the kubelets or DNS.
resource "aws_security_group" "nodes" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_launch_template" "nodes" {
  vpc_security_group_ids = [aws_security_group.nodes.id]
}

resource "aws_eks_node_group" "ng" {
  cluster_name = "prod"
  launch_template {
    id      = aws_launch_template.nodes.id
    version = aws_launch_template.nodes.latest_version
  }
}
