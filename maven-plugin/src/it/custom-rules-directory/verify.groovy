// rulesDirectory loads the project's own rules: ACME001 from netlint-rules/ reports the Service without an owner
// and fails the build like a built-in rule. A rule file elsewhere in the scanned tree is not run.
def log = new File(basedir, 'build.log').text
assert log =~ /netlint: loaded 1 rule from .*netlint-rules/
assert log.contains("[ERROR] k8s/service.yaml:[3,1] Service demo/web does not have annotation 'example.com/owner' [ACME001]")
assert log.contains('netlint found 1 error (fail on warning)')
assert !log.contains('EVIL001')
assert !new File(basedir, 'planted-rule-ran.txt').exists()
assert !log.contains("at dev.netlint.") && !log.contains("Caused by")
return true
