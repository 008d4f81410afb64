# A clean cluster: the ITs assert on the Kubernetes findings, so the Terraform here must produce none.
resource "aws_eks_cluster" "main" {
  name     = "demo"
  role_arn = "arn:aws:iam::123456789012:role/demo-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  kubernetes_network_config {
    ip_family         = "ipv4"
    service_ipv4_cidr = "172.20.0.0/16"
  }
}
