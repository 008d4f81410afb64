resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_eks_node_group" "windows" {
  cluster_name = aws_eks_cluster.main.name
  ami_type     = "WINDOWS_CORE_2022_x86_64"  # violation error @18
}
