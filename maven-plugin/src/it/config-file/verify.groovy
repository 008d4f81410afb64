// The configuration changes the outcome: the NET001 warning that fails fail-on-severity-warning is info in the
// implicit .netlint.yaml (so the build passes at the default failOnSeverity warning), and a configFile that turns
// NET001 off leaves nothing to report even at failOnSeverity info.
def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] k8s/service.yaml:[7,9] Service demo/web is exposed on every node's IP at port 30080 [NET001]")
assert !log.contains("[WARNING] k8s/service.yaml:[7,9]")
assert log.contains('0 errors, 0 warnings, 1 info')
assert log =~ /netlint: using configuration .*\.netlint\.yaml/
assert log =~ /netlint: using configuration .*netlint-off\.yaml/
assert log.contains('0 errors, 0 warnings, 0 info')
assert !log.contains('netlint found')
assert log.contains('BUILD SUCCESS')
return true
