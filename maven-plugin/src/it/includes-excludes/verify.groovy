// Only files matching an include and no exclude are linted: k8s/service.yaml (and terraform/main.tf); the bad
// k8s/legacy/ (excluded) and docs/ (not included) files are not.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: 2 files linted, 0 skipped: 0 errors, 0 warnings, 0 info')
assert !log.contains('legacy') && !log.contains('docs/example-service.yaml')
return true
