# rule: NET005
# the module passes the value on to its own submodule (as eks does to eks-managed-node-group): the finding is still
# where the caller wrote it
module "cluster" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  access = { public = true } # violation warning @23 'has endpoint_public_access = true and sets no public_access_cidrs'
}
