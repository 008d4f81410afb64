# rule: NET005
# the module reads try(var.access.public, false): the finding is where the caller wrote the value
module "cluster" {
  source  = "acme/cluster/aws"
  version = "1.0.0"

  access = {
    public = true # violation warning @14 'has endpoint_public_access = true and sets no public_access_cidrs'
  }
}
