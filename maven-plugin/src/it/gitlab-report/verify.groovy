// formats = gitlab writes GitLab Code Quality (the CLI's --format gitlab, same reporter) to
// target/netlint/netlint-gitlab.json, with paths relative to the module.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/netlint')
assert dir.list().sort() == ['netlint-gitlab.json']

def issues = new JsonSlurper().parse(new File(dir, 'netlint-gitlab.json'))
assert issues instanceof List && issues.size() == 2
def error = issues.find { it.severity == 'major' }
assert error.check_name == 'NET001'
assert error.location.path == 'k8s/service.yaml'
assert error.location.lines.begin == 12
assert error.location.positions.begin.line == 12 && error.location.positions.begin.column == 15
assert error.fingerprint ==~ /[0-9a-f]{64}/
assert error.description.endsWith('[NET001 service-nodeport-exposure]')
assert issues.find { it.severity == 'minor' }.location.lines.begin == 7
return true
