variable "access" {
  type    = any
  default = {}
}

resource "aws_eks_cluster" "this" {
  name     = "demo"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0a", "subnet-0b"]
    endpoint_public_access = try(var.access.public, false)
  }
}
