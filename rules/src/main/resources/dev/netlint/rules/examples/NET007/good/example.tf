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
}
