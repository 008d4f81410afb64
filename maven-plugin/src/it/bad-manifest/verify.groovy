// A bad manifest fails verify, with each finding at its line and column, relative to the module, as the
// compiler, Checkstyle and PMD log them, and a failure message that counts the findings by severity.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] k8s/service.yaml:[12,15] Service demo/web asks for nodePort 8080, outside the range 30000-32767 that the EKS API server accepts [NET001]")
assert log.contains("[WARNING] k8s/service.yaml:[7,9] Service demo/web is exposed on every node's IP at port 8080 [NET001]")
assert log.contains('[INFO] netlint: 2 files linted, 0 skipped: 1 error, 1 warning, 0 info')
assert log.contains('netlint found 1 error, 1 warning (fail on warning); see target/netlint/netlint.txt')
assert !log.contains("at dev.netlint.") && !log.contains("Caused by") : 'a lint failure prints no stack trace'
return true
