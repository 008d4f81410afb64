// By default (failOnSeverity = warning, as on the command line) a warning alone fails the build.
// Run as "mvn netlint:check" (prefix resolution), the goal behaves as when bound to verify.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] k8s/service.yaml:[7,9] Service demo/web is exposed on every node's IP at port 30080 [NET001]")
assert log.contains('netlint found 1 warning (fail on warning)')
assert log =~ /netlint-maven-plugin:[^:]+:check \(default-cli\) @ fail-on-severity-warning/
return true
