variable "access" {
  type = object({
    public = optional(bool, false)
  })
  default = {}
}

module "control_plane" {
  source = "./modules/control-plane"

  public = var.access.public == null ? null : var.access.public
}
