# rule: NET005
# each cluster is merge(var.cluster_defaults, c) in a for expression, as eks_managed_node_groups are: the finding is
# at the entry the caller wrote; the cluster that keeps the module's default (private) passes
module "cluster" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  clusters = {
    internal = {}
    edge = {
      public = true # violation warning @16 'has endpoint_public_access = true and sets no public_access_cidrs'
    }
    skipped = {
      create = false
      public = true
    }
  }
}
