// A project without networking mistakes passes, and the reports exist even when there is nothing to report.
// Its .netlint.yaml cannot be read yet: the plugin says so in the log rather than ignoring it silently.
// (.netlint.yaml is itself a YAML file; the engine skips it as not a Kubernetes manifest.)
def log = new File(basedir, 'build.log').text
assert log.contains('netlint-maven-plugin:') && log.contains(':check (default) @ clean-project')
assert log =~ /\[INFO\] netlint: \d+ files? linted, \d+ skipped: 0 errors, 0 warnings, 0 info/
assert log.contains('[WARNING] netlint: .netlint.yaml found but not read: configuration files are not supported yet')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/netlint/netlint.txt').isFile()
assert new File(basedir, 'target/netlint/netlint.json').isFile()
return true
