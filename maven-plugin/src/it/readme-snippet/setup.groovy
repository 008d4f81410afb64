// Makes this project's pom.xml from the README: the first ```xml block of its "## Maven plugin" section, pasted into
// <build><plugins> of an empty project, as a user following the README would. The snippet must name the plugin
// version under test, so the README stays true when the version changes.
File readme = new File(readmeFile)
String text = readme.getText('UTF-8')
int section = text.indexOf('\n## Maven plugin\n')
assert section >= 0 : "no '## Maven plugin' section in ${readme}"
int start = text.indexOf('```xml\n', section)
assert start >= 0 : 'no xml snippet in the Maven plugin section'
int end = text.indexOf('```', start + 7)
String snippet = text.substring(start + 7, end)
assert snippet.contains("<version>${pluginVersion}</version>") : "the README snippet does not name version ${pluginVersion}"
new File(basedir, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.netlint.it</groupId>
  <artifactId>${basedir.name}</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
${snippet}
    </plugins>
  </build>
</project>
"""
return true
