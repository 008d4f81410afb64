module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

resource "aws_security_group" "nodes" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = module.vpc.private_subnets_cidr_blocks
  }
}

resource "aws_launch_template" "nodes" {
  vpc_security_group_ids = [aws_security_group.nodes.id]
}

resource "aws_eks_node_group" "ng" {
  launch_template {
    id = aws_launch_template.nodes.id
  }
}
