// A report format the plugin does not write is refused, never silently left out.
def log = new File(basedir, 'build.log').text
assert log.contains("netlint: unknown report format 'html' (supported: text, json, sarif, checkstyle, junit, gitlab)")
assert !log.contains("at dev.netlint.") && !log.contains("Caused by")
return true
