package dev.netlint.rules.aws

rule('NET006', 'eks-restricted-public-endpoint-without-private-access') {
    severity WARNING
    summary 'A public EKS endpoint restricted by CIDR blocks should come with the private endpoint'
    notes 'EKS-NETWORKING.md:53 "If both public and private access is enabled, the control plane\'s API can be ' +
            'accessed both from the internat and from the private VPC serving the data plane"'
    rationale 'With the private endpoint disabled, nodes and Fargate pods reach the API server through the public ' +
            'endpoint, from their NAT gateway or public IPs. Once public_access_cidrs restricts that endpoint, ' +
            'every such egress address must be in the list or nodes cannot join the cluster; the EKS user guide ' +
            'recommends enabling the private endpoint so traffic from the VPC stays inside it.'
    fix 'Set endpoint_private_access = true.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'

    hclExample('''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids          = [aws_subnet.a.id, aws_subnet.b.id]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}''', '''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    public_access_cidrs     = ["203.0.113.0/24"]
    endpoint_private_access = true
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
}''')

    check(clusters().should(enablePrivateAccessWhenThePublicEndpointIsRestricted())
            .because('nodes inside the VPC otherwise reach the API only through the restricted public endpoint'))
}
