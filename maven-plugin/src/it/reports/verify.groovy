// failOnViolation = false reports without failing; every report format is written to target/netlint/ with paths
// relative to the module, and no temporary file is left behind.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] k8s/service.yaml:[12,15]')
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/netlint')
assert dir.list().sort() == ['netlint-checkstyle.xml', 'netlint-junit.xml', 'netlint.json', 'netlint.sarif', 'netlint.txt']

def text = new File(dir, 'netlint.txt').text
assert text.contains('k8s/service.yaml:12:15: error: Service demo/web asks for nodePort 8080')
assert text.contains('1 error, 1 warning, 0 info')

def json = new JsonSlurper().parse(new File(dir, 'netlint.json'))
assert json.summary.errors == 1 && json.summary.warnings == 1
def error = json.findings.find { it.severity == 'error' }
assert error.ruleId == 'NET001' && error.file == 'k8s/service.yaml' && error.line == 12 && error.column == 15

def sarif = new JsonSlurper().parse(new File(dir, 'netlint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'netlint'
assert run.tool.driver.rules*.id.contains('NET001')
def sarifError = run.results.find { it.level == 'error' }
assert sarifError.ruleId == 'NET001'
def location = sarifError.locations[0].physicalLocation
assert location.artifactLocation.uri == 'k8s/service.yaml'
assert location.region.startLine == 12 && location.region.startColumn == 15
assert run.results.size() == 2

// The XML reports through the JDK's parser (no extra Groovy module on the script class path).
def parse = { String name -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(dir, name)).documentElement }
def elements = { root, String tag -> def list = root.getElementsByTagName(tag); (0..<list.length).collect { list.item(it) } }

def checkstyle = parse('netlint-checkstyle.xml')
assert checkstyle.tagName == 'checkstyle'
def checkstyleFile = elements(checkstyle, 'file').find { it.getAttribute('name') == 'k8s/service.yaml' }
def checkstyleError = elements(checkstyleFile, 'error').find { it.getAttribute('severity') == 'error' }
assert checkstyleError.getAttribute('line') == '12' && checkstyleError.getAttribute('column') == '15'
assert checkstyleError.getAttribute('source') == 'netlint.NET001'

def junit = parse('netlint-junit.xml')
assert junit.tagName == 'testsuites'
assert (junit.getAttribute('failures') as int) >= 1
def failing = elements(junit, 'testcase').findAll { !elements(it, 'failure').isEmpty() }
def net001 = failing.find { it.getAttribute('classname') == 'k8s/service.yaml' && it.getAttribute('name').startsWith('NET001 ') }
assert net001 != null
assert elements(net001, 'failure').any { it.getAttribute('message').startsWith('12:15: ') }
return true
