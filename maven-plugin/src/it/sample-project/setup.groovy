// Copies samples/maven-project twice: bad/ exactly as shipped, and fixed/ with the fix its README documents
// (delete the two lines of k8s/web-service.yaml marked "# remove"). Both use the plugin version under test.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path sample = new File(sampleDirectory).toPath().toAbsolutePath().normalize()
assert Files.isRegularFile(sample.resolve('pom.xml')) : "no sample at ${sample}"

def copy = { String name ->
    Path target = basedir.toPath().resolve(name)
    Files.walk(sample).withCloseable { paths ->
        paths.filter { !sample.relativize(it).toString().startsWith('target') }.each { source ->
            Path destination = target.resolve(sample.relativize(source).toString())
            if (Files.isDirectory(source)) {
                Files.createDirectories(destination)
            } else {
                Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
    File pom = target.resolve('pom.xml').toFile()
    String text = pom.text.replaceFirst('<netlint-maven-plugin.version>[^<]*<',
            "<netlint-maven-plugin.version>${pluginVersion}<")
    pom.text = text
    return target
}

copy('bad')
Path fixed = copy('fixed')
File service = fixed.resolve('k8s/web-service.yaml').toFile()
List<String> lines = service.readLines()
List<String> kept = lines.findAll { !it.trim().endsWith('# remove') }
assert lines.size() - kept.size() == 2 : 'the README fix deletes exactly two lines'
service.text = kept.join('\n') + '\n'
File fixedPom = fixed.resolve('pom.xml').toFile()
fixedPom.text = fixedPom.text.replaceFirst('<artifactId>netlint-maven-sample</artifactId>',
        '<artifactId>netlint-maven-sample-fixed</artifactId>')
return true
