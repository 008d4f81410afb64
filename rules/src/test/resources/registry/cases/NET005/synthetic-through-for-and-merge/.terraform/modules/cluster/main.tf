variable "clusters" {
  type    = any
  default = {}
}

variable "cluster_defaults" {
  type    = any
  default = { public = false }
}

locals {
  clusters = { for name, c in var.clusters : name => merge(var.cluster_defaults, c) if try(c.create, true) }
}

resource "aws_eks_cluster" "this" {
  for_each = local.clusters

  name     = each.key
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0a", "subnet-0b"]
    endpoint_public_access = lookup(each.value, "public", null)
  }
}
