variable "extra_egress" {}

variable "egress_rules" {
  default = {
    https = { port = 443, protocol = "tcp" }
    dns   = { port = 53, protocol = "udp" }
  }
}

resource "aws_security_group" "inline" {
  name   = "inline"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = true
  }

  egress {
    from_port        = "443"
    to_port          = 443
    protocol         = "6"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
    prefix_list_ids  = ["pl-123"]
  }
}

resource "aws_security_group" "no_egress" {
  name   = "no-egress"
  egress = []
}

resource "aws_security_group" "attribute_form" {
  egress = [{
    from_port       = 10250
    to_port         = 10250
    protocol        = "ALL"
    security_groups = [aws_security_group.inline.id]
  }]
}

resource "aws_security_group" "dynamic_known" {
  dynamic "egress" {
    for_each = var.egress_rules
    content {
      from_port   = egress.value.port
      to_port     = egress.value.port
      protocol    = egress.value.protocol
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_security_group" "dynamic_unknown" {
  dynamic "egress" {
    for_each = var.extra_egress
    iterator = rule
    content {
      from_port = rule.value.port
      to_port   = rule.value.port
      protocol  = "tcp"
    }
  }
}

resource "aws_security_group" "mixed" {
  egress {
    from_port   = 53
    to_port     = 53
    protocol    = "udp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "standalone_only" {
  name = "standalone"
}

resource "aws_security_group_rule" "mixed_all" {
  type              = "egress"
  security_group_id = aws_security_group.mixed.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 65535
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "from_nodes" {
  type                     = "ingress"
  security_group_id        = aws_security_group.standalone_only.id
  protocol                 = "tcp"
  from_port                = 443
  to_port                  = 443
  source_security_group_id = aws_security_group.inline.id
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.standalone_only.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "kubelet" {
  security_group_id            = aws_security_group.standalone_only.id
  ip_protocol                  = "tcp"
  from_port                    = 10250
  to_port                      = 10250
  referenced_security_group_id = aws_security_group.inline.id
  prefix_list_id               = "pl-456"
  cidr_ipv6                    = "::/0"
}

resource "aws_vpc_security_group_egress_rule" "elsewhere" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "unknown_type" {
  type              = var.extra_egress
  security_group_id = aws_security_group.no_egress.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "counted" {
  count = 2
  name  = "counted-${count.index}"
}

resource "aws_security_group_rule" "per_counted" {
  count             = 2
  type              = "egress"
  security_group_id = aws_security_group.counted[count.index].id
  protocol          = "tcp"
  from_port         = 443 + count.index
  to_port           = 443 + count.index
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
