// The same warning with failOnSeverity = error is reported but does not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] k8s/service.yaml:[7,9] Service demo/web is exposed on every node's IP at port 30080 [NET001]")
assert log.contains('0 errors, 1 warning, 0 info')
assert !log.contains('netlint found')
assert log.contains('BUILD SUCCESS')
return true
