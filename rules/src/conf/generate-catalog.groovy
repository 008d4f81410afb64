// Translates the built-in rule files into one Java class, dev.netlint.rules.BuiltInRuleCatalog (see
// JavaCatalogWriter), and adds it to the module's Java sources. A run that uses only built-in rules then builds them
// without creating any Groovy script or closure, so it never starts Groovy's runtime (most of a pre-commit run's
// start-up). A rule file that uses a construct the translation does not cover fails the build with file:line:column.
// Runs in generate-sources (gmavenplus execute); `project` is the Maven project.
import dev.netlint.core.lang.groovy.JavaCatalogWriter
import java.nio.file.Path

Path out = Path.of(project.build.directory, 'generated-sources', 'rule-catalog')
def written = JavaCatalogWriter.write(Path.of(project.basedir.path, 'src', 'main', 'groovy'), out,
        'dev.netlint.rules.BuiltInRuleCatalog')
project.addCompileSourceRoot(out.toString())
println "[INFO] netlint: ${written.rules()} rules of ${written.ruleFiles()} rule files translated to ${written.file()}"
