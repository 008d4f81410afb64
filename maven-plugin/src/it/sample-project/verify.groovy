// The README's claim: samples/maven-project fails "mvn verify" on its bad NodePort Service and passes once fixed.
def log = new File(basedir, 'build.log').text
assert log.contains('@ netlint-maven-sample ---')
assert log.contains("[ERROR] k8s/web-service.yaml:[15,15] Service shop/web asks for nodePort 8080, outside the range 30000-32767 that the EKS API server accepts [NET001]")
assert log.contains('on project netlint-maven-sample: netlint found 1 error, 1 warning (fail on warning)')
assert log.contains('@ netlint-maven-sample-fixed ---')
assert log =~ /netlint Maven plugin sample[^\n]* FAILURE/
assert log =~ /netlint Maven plugin sample[^\n]* SUCCESS/
assert log.contains('0 errors, 0 warnings, 0 info')
return true
