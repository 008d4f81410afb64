variable "name" {
  type = string
}

module "control_plane" {
  source  = "acme/control-plane/aws"
  version = "2.0.0"

  name = var.name
}
