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

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = aws_eks_cluster.main.name
  addon_name           = "vpc-cni"
  addon_version        = "v1.18.3-eksbuild.1"
  configuration_values = jsonencode({ env = { ENABLE_POD_ENI = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = aws_eks_cluster.main.name
  instance_types = ["m5.large"]
}
