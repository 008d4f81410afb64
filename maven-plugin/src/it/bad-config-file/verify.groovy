// A configuration that cannot be used fails the build with the file, line and column of the problem and the
// loader's message, and no stack trace.
def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('netlint-config.yaml:4:') }
assert line != null : 'no file:line in the build log'
assert line =~ /netlint-config\.yaml:4:1: unknown key 'failOn'/
assert !log.contains('not supported yet')
assert !log.contains("at dev.netlint.") && !log.contains("Caused by")
assert log.contains('BUILD FAILURE')
return true
