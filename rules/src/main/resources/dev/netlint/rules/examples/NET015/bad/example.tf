resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = "main"
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
}

resource "aws_eks_node_group" "ng" {
  cluster_name   = "main"
  instance_types = ["m4.xlarge"]  # violation warning @21
}
