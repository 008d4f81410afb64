# rule: NET005
# the module's default endpoint_public_access = true decides: the finding is at the module block, which sets nothing
module "cluster" { # violation warning @1 'has endpoint_public_access = true and sets no public_access_cidrs'
  source  = "acme/cluster/aws"
  version = "1.0.0"
}
