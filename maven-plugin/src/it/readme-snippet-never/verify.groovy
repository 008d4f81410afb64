def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] k8s/service.yaml:[5,9] Service demo/web is exposed on every node's IP")
assert !log.contains('netlint found')
assert log.contains('BUILD SUCCESS')
return true
