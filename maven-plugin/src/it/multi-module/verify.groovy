// Each module lints its own folder, with paths relative to it; the parent does not lint its modules' files again;
// only the bad module fails; and the plugin is thread-safe, so -T prints no warning about it.
def log = new File(basedir, 'build.log').text
assert log.contains('@ multi-module ---') && log.contains('@ app-a ---') && log.contains('@ app-b ---')
assert log.contains('[ERROR] k8s/service.yaml:[12,15] Service demo/web asks for nodePort 8080')
assert log.count('[ERROR] k8s/service.yaml:[12,15]') == 1 : 'the parent must not lint app-b/ again'
assert !log.contains('app-b/k8s/service.yaml')
// parent: deploy/namespace-service.yaml; app-a: k8s/service.yaml; app-b: k8s/service.yaml and terraform/main.tf
assert log.count('[INFO] netlint: 1 file linted, 0 skipped: 0 errors, 0 warnings, 0 info') == 2
assert log.contains('[INFO] netlint: 2 files linted, 0 skipped: 1 error, 1 warning, 0 info')
assert log =~ /app-a[^\n]* SUCCESS/
assert log =~ /app-b[^\n]* FAILURE/
assert log.contains('on project app-b: netlint found 1 error, 1 warning (fail on warning)')
assert !log.contains('not marked as @threadSafe') && !log.contains('not marked as thread-safe')
return true
