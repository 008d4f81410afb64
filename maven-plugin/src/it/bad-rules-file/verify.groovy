// A rule file that does not compile fails the build with file:line:column and the compiler's message, no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('netlint: cannot load the rules in rulesDirectory ')
def expected = 'netlint-rules/OwnerTypo.groovy:7:'
assert log.readLines().any { it.contains(expected) && it.contains('[Static type checking] - Cannot find matching method') && it.contains('#shoud()') }
assert log.contains('BUILD FAILURE')
assert !log.contains("at dev.netlint.") && !log.contains("Caused by")
return true
