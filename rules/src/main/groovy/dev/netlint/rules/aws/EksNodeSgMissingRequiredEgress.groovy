package dev.netlint.rules.aws

rule('NET002', 'eks-node-sg-missing-required-egress') {
    severity ERROR
    summary 'Security groups on EKS nodes must allow egress to tcp/443, tcp/10250 and tcp+udp/53'
    notes 'EKS-NETWORKING.md:115-118 "At minimum the following outbound rules should be required: ' +
            'TCP 443 - required for Kubernetes API server, TCP 10250 - required for the kubelet API, ' +
            'TCP/UDP 53 - required for DNS"'
    rationale 'When Terraform creates a security group it revokes AWS\'s default allow-all egress, so a group has ' +
            'only the egress Terraform writes. When a launch template sets the nodes\' security groups, EKS does not ' +
            'add its cluster security group (EKS user guide, launch templates), so those groups are all the nodes ' +
            'get. Without tcp/443 nodes cannot register with the API server (and with endpoint_private_access = ' +
            'false that traffic goes to the public endpoint, so it needs 0.0.0.0/0); without tcp/10250 the control ' +
            'plane cannot reach kubelets; without tcp and udp/53 pods cannot resolve names. In an ipv6 cluster ' +
            'separate IPv6 rules are required. Node groups without launch-template security groups use the EKS ' +
            'cluster security group, whose allow-all egress Terraform does not manage, and are not checked.'
    fix 'Add egress for tcp/443, tcp/10250 and tcp+udp/53 to the node security group (to 0.0.0.0/0 for 443 when the cluster has no private endpoint), or restore the allow-all egress rule.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html'

    hclExample('''
resource "aws_security_group" "nodes" {
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
}''', '''
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
}''')

    check(nodeGroups().that().setTheirOwnSecurityGroups()
            .should().allowTheEgressNodesNeed()
            .because('nodes must reach the API server (443), kubelets (10250) and DNS (53)'))
}
