# rule: NET005
# the module reads var.private_only ? false : var.endpoint_public_access: the caller's argument decided it
module "cluster" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  private_only           = false
  endpoint_public_access = true # violation warning @3 'has endpoint_public_access = true and sets no public_access_cidrs'
}

module "private" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  private_only           = true
  endpoint_public_access = true
}
