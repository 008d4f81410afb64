// A file that cannot be parsed is a finding (parse-error, severity error) and fails the build like any other,
// with a clear message and no stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] k8s\/broken\.yaml:\[4,1\] invalid YAML: .* \[parse-error\]/
assert log.contains('netlint found 1 error (fail on warning)')
assert !log.contains("at dev.netlint.") && !log.contains("Caused by") : 'a parse error prints no stack trace'
return true
