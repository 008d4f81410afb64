// A project without networking mistakes passes, and the reports exist even when there is nothing to report.
// Its .netlint.yaml is found in the base directory and read without being named.
// (.netlint.yaml is itself a YAML file; the engine skips it as not a Kubernetes manifest.)
def log = new File(basedir, 'build.log').text
assert log.contains('netlint-maven-plugin:') && log.contains(':check (default) @ clean-project')
assert log =~ /\[INFO\] netlint: \d+ files? linted, \d+ skipped: 0 errors, 0 warnings, 0 info/
assert log =~ /netlint: using configuration .*clean-project[\\\/]\.netlint\.yaml/
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/netlint/netlint.txt').isFile()
assert new File(basedir, 'target/netlint/netlint.json').isFile()
return true
