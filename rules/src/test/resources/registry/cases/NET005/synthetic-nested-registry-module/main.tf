# rule: NET005
# the module calls another registry module (cached as .terraform/modules/cluster.control_plane) whose default makes
# the endpoint public: the finding is at the user's module block, the only call the user wrote
module "cluster" { # violation warning @1 'is public by default and sets no public_access_cidrs'
  source  = "acme/cluster/aws"
  version = "1.0.0"

  name = "demo"
}
