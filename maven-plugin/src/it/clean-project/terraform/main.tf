# Linted once netlint reads Terraform; the ITs assert on Kubernetes findings only.
resource "aws_eks_cluster" "main" {
  name     = "demo"
  role_arn = "arn:aws:iam::123456789012:role/demo-cluster"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }

  kubernetes_network_config {
    ip_family = "ipv4"
  }
}
