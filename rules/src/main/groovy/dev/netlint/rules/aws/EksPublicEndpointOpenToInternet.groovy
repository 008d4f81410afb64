package dev.netlint.rules.aws

rule('NET005', 'eks-public-endpoint-open-to-internet') {
    severity WARNING
    summary 'The EKS API endpoint must not be public to 0.0.0.0/0'
    notes 'EKS-NETWORKING.md:51 "EKS cluster endpoint can be reached by anyone over the internet. We can restrict ' +
            'this access with using allowed CIDR blocks"'
    rationale 'endpoint_public_access defaults to true and, when public_access_cidrs is not set, EKS allows ' +
            '0.0.0.0/0 (EKS user guide, cluster endpoint access control; aws_eks_cluster vpc_config). Anyone on the ' +
            'internet can then reach the Kubernetes API server and probe it; authentication is the only barrier. ' +
            'An empty list, or a list holding 0.0.0.0/0 or ::/0, is the same.'
    fix 'Set endpoint_private_access = true, then either endpoint_public_access = false or restrict public_access_cidrs to known networks.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'

    hclExample('''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
}''', '''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
}''')

    check(clusters().should(notOpenThePublicEndpointToTheInternet())
            .because('a public endpoint without allowed CIDR blocks can be reached by anyone'))
}
