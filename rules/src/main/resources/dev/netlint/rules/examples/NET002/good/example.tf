resource "aws_security_group" "nodes" {
  vpc_id = aws_vpc.main.id
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
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
