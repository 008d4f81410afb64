// <strict>true</strict> reports the check that an unknown module output stopped, as info, with the reason and the
// exact place; without it the same input only gets the note that the registry module was not expanded.
def log = new File(basedir, 'build.log').text
def notVerified = '[INFO] terraform/nodes.tf:[10,19] not verified: the destination of egress aws_security_group.nodes' +
        ' is not known: module.vpc.private_subnets_cidr_blocks is an output of a module netlint does not expand [NET002]'
assert log.count(notVerified) == 1
assert log.contains('0 errors, 0 warnings, 1 info')
assert log.contains('0 errors, 0 warnings, 2 info')
assert log.contains('BUILD SUCCESS')
return true
