variable "private_only" {
  type    = bool
  default = false
}

variable "endpoint_public_access" {
  type    = bool
  default = false
}

resource "aws_eks_cluster" "this" {
  name     = "demo"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0a", "subnet-0b"]
    endpoint_public_access = var.private_only ? false : "${var.endpoint_public_access}"
  }
}
