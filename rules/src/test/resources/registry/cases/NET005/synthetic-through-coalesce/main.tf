# rule: NET005
# the module reads coalesce(var.endpoint_public_access, var.public_by_default): the caller's argument decided it
module "cluster" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  endpoint_public_access = true # violation warning @3 'has endpoint_public_access = true and sets no public_access_cidrs'
}
