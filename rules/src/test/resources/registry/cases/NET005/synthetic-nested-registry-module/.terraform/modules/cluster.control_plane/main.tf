variable "name" {
  type = string
}

variable "endpoint_public_access" {
  type    = bool
  default = null
}

resource "aws_eks_cluster" "this" {
  name     = var.name
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0a", "subnet-0b"]
    endpoint_public_access = var.endpoint_public_access
  }
}
