package dev.netlint.rules.aws

rule('NET026', 'sg-nodeport-range-open-to-internet') {
    severity WARNING
    summary 'Security groups must not open the NodePort range 30000-32767 to 0.0.0.0/0 or ::/0'
    notes 'EKS-NETWORKING.md:160-162 "Port range: 30000-32767 ... Not a feasible option to expose service to the ' +
            'outside world!"'
    rationale 'kube-proxy listens on every NodePort (30000-32767 on EKS) on every node. An ingress rule from ' +
            '0.0.0.0/0 or ::/0 that covers those ports (tcp, udp or all traffic) exposes every NodePort and ' +
            'LoadBalancer Service directly, bypassing the load balancer. Error when the group is on nodes in a ' +
            'subnet that routes 0.0.0.0/0 to an internet gateway, where the nodes are reachable. A standalone rule ' +
            '(aws_security_group_rule, aws_vpc_security_group_ingress_rule) on a group that is not in the input (a ' +
            'literal sg- id, a data source, a remote module\'s output such as module.eks.node_security_group_id, the ' +
            'cluster\'s own security group) is judged on its own and reported at the rule: it opens the ports whatever ' +
            'group it lands on. Not about load balancer controllers or EKS Auto Mode.'
    fix 'Allow the NodePort range only from the load balancer\'s security group or the VPC CIDR.'
    docs 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'

    hclExample('''
resource "aws_vpc_security_group_ingress_rule" "nodeports" {
  security_group_id = aws_security_group.nodes.id
  ip_protocol       = "tcp"
  from_port         = 30000
  to_port           = 32767
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "nodes" {
  vpc_id = aws_vpc.main.id
}''', '''
resource "aws_vpc_security_group_ingress_rule" "nodeports" {
  security_group_id            = aws_security_group.nodes.id
  ip_protocol                  = "tcp"
  from_port                    = 30000
  to_port                      = 32767
  referenced_security_group_id = aws_security_group.alb.id
}

resource "aws_security_group" "nodes" {
  vpc_id = aws_vpc.main.id
}''')

    check(securityGroups().should(notOpenTheNodePortRangeToTheInternet())
            .because('NodePorts are meant for the load balancer, not for the internet'))
}
