resource "aws_launch_template" "ng" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  # violation error @15
  user_data = base64encode(<<-EOT
    #!/bin/bash
    /etc/eks/bootstrap.sh main --use-max-pods false --kubelet-extra-args '--max-pods=110'
  EOT
  )
}

resource "aws_eks_node_group" "ng" {
  cluster_name = aws_eks_cluster.main.name
  launch_template {
    id      = aws_launch_template.ng.id
    version = aws_launch_template.ng.latest_version
  }
}
