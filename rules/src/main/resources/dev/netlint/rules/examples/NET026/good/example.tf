resource "aws_vpc_security_group_ingress_rule" "nodeports" {
  security_group_id            = aws_security_group.nodes.id
  ip_protocol                  = "tcp"
  from_port                    = 30000
  to_port                      = 32767
  referenced_security_group_id = aws_security_group.alb.id
}

resource "aws_security_group" "nodes" {
  vpc_id = aws_vpc.main.id
}
