// Makes this project's pom.xml from the README: the ```xml block marked <!-- covered-by: maven-plugin/src/it/readme-snippet -->
// (its Maven plugin tour), pasted into <build><plugins> of an empty project, as a user following the README would.
// The snippet must name the plugin version under test, so the README stays true when the version changes.
File readme = new File(readmeFile)
String text = readme.getText('UTF-8')
int marker = text.indexOf('<!-- covered-by: maven-plugin/src/it/readme-snippet -->\n```xml\n')
assert marker >= 0 : "no xml snippet marked covered-by: maven-plugin/src/it/readme-snippet in ${readme}"
int start = text.indexOf('```xml\n', marker)
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
