// A report format whose reporter does not exist yet is refused, never silently left out.
def log = new File(basedir, 'build.log').text
assert log.contains("netlint: report format 'sarif' is not supported yet (supported: text, json)")
assert !log.contains("at dev.netlint.") && !log.contains("Caused by")
return true
