// The workspaces parameter: linted as one configured workspace, the two clusters' identical addresses stay
// unresolved and nothing is found; with <workspaces><workspace>clusters/*</workspace></workspaces> each cluster is resolved within
// its own folder, so prod's node security group without egress fails the build and staging stays clean.
def log = new File(basedir, 'build.log').text
def oneWorkspace = log.indexOf('(one-workspace)')
def perCluster = log.indexOf('(per-cluster)')
assert oneWorkspace >= 0 && perCluster > oneWorkspace
def first = log.substring(oneWorkspace, perCluster)
def second = log.substring(perCluster)
assert first.contains('netlint: 2 files linted, 0 skipped: 0 errors, 0 warnings')
assert !first.contains('[NET002]')
assert second.contains('[ERROR] clusters/prod/main.tf:[2,1] security group aws_security_group.nodes allows no IPv4 egress to tcp/443 (Kubernetes API server), which the nodes of aws_eks_node_group.ng need [NET002]')
assert second.count('[NET002]') == 4
assert !second.contains('clusters/staging/main.tf:[')
assert second.contains('netlint: 2 files linted, 0 skipped: 4 errors, 0 warnings')
assert second.contains('netlint found 4 errors (fail on warning)')
assert log.contains('BUILD FAILURE')
return true
