resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_eks_node_group" "linux" {
  cluster_name = aws_eks_cluster.main.name
  ami_type     = "AL2023_x86_64_STANDARD"
}
