resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = aws_eks_cluster.main.name
  addon_name           = "vpc-cni"
  configuration_values = jsonencode({ env = { ENABLE_PREFIX_DELEGATION = "true" } })
}

resource "aws_launch_template" "ng" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  user_data     = base64encode("#!/bin/bash\n/etc/eks/bootstrap.sh main --use-max-pods false --kubelet-extra-args '--max-pods=110'\n")
}

resource "aws_eks_node_group" "ng" {
  cluster_name = aws_eks_cluster.main.name
  launch_template {
    id      = aws_launch_template.ng.id
    version = aws_launch_template.ng.latest_version
  }
}
