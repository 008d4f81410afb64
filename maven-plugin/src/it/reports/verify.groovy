// failOnViolation = false reports without failing; the text and JSON reports are written to target/netlint/
// with paths relative to the module, and no temporary file is left behind.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] k8s/service.yaml:[12,15]')
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/netlint')
assert dir.list().sort() == ['netlint.json', 'netlint.txt']
def text = new File(dir, 'netlint.txt').text
assert text.contains('k8s/service.yaml:12:15: error: Service demo/web asks for nodePort 8080')
assert text.contains('1 error, 1 warning, 0 info')
def json = new JsonSlurper().parse(new File(dir, 'netlint.json'))
assert json.summary.errors == 1 && json.summary.warnings == 1
def error = json.findings.find { it.severity == 'error' }
assert error.ruleId == 'NET001' && error.file == 'k8s/service.yaml' && error.line == 12 && error.column == 15
return true
