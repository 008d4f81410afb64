package dev.netlint.rules.aws

rule('NET007', 'eks-endpoint-access-all-disabled') {
    severity ERROR
    summary 'An EKS cluster must keep its public or its private API endpoint enabled'
    notes 'EKS-NETWORKING.md:55 "In this case, the cluster endpoint can be reached only from the private VPC"'
    rationale 'A private-only cluster needs endpoint_private_access = true, which defaults to false. With ' +
            'endpoint_public_access = false as well, the EKS API rejects the configuration ("You must enable ' +
            'private access to disable public access"), so terraform apply fails.'
    fix 'Set endpoint_private_access = true.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'

    hclExample('''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids             = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_public_access = false
  }
}''', '''
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
}''')

    check(clusters().should(keepAtLeastOneEndpointEnabled())
            .because('EKS rejects a cluster whose API endpoint can be reached from nowhere'))
}
