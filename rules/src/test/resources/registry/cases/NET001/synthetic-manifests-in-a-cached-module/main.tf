# rule: NET001
# A cached module applies YAML from a heredoc, a template file and a .yaml file of its own (netlint does not lint
# .terraform/ on its own, so that file is read for the module): each object is linted once, at the module block.
module "addons" { # 3 violations warning @1 'is exposed on every node'
  source  = "acme/addons/aws"
  version = "1.0.0"
}
