package dev.netlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

    @TempDir
    Path base;

    @Test
    void antPatternsMatchLikeAnt() {
        SourceScanner.Pattern anyYaml = new SourceScanner.Pattern("**/*.yaml");
        assertThat(anyYaml.matches("a.yaml")).isTrue();
        assertThat(anyYaml.matches("k8s/deep/a.yaml")).isTrue();
        assertThat(anyYaml.matches("k8s/a.yml")).isFalse();

        SourceScanner.Pattern k8s = new SourceScanner.Pattern("k8s/");
        assertThat(k8s.matches("k8s/a.yaml")).isTrue();
        assertThat(k8s.matches("k8s/x/y/a.yaml")).isTrue();
        assertThat(k8s.matches("other/k8s/a.yaml")).isFalse();

        SourceScanner.Pattern oneLevel = new SourceScanner.Pattern("k8s/*.yaml");
        assertThat(oneLevel.matches("k8s/a.yaml")).isTrue();
        assertThat(oneLevel.matches("k8s/x/a.yaml")).isFalse();

        SourceScanner.Pattern literal = new SourceScanner.Pattern("charts/{{name}}.yaml");
        assertThat(literal.matches("charts/{{name}}.yaml")).isTrue();
    }

    @Test
    void selectsReadableFilesAndLeavesOutTargetSubModulesAndExcludes() throws IOException {
        write("k8s/service.yaml");
        write("terraform/main.tf");
        write("pom.xml");
        write("README.md");
        write("target/classes/copied.yaml");
        write("nested/target/generated.yaml");
        write("module-a/k8s/service.yaml");
        write("k8s/legacy/old.yaml");

        SourceScanner scanner = new SourceScanner(base, List.of("**/*"),
                concat(SourceScanner.DEFAULT_EXCLUDES, "k8s/legacy/**"),
                Set.of(base.resolve("target"), base.resolve("module-a")));

        assertThat(relative(scanner, scanner.scan(List.of(base))))
                .containsExactly("k8s/service.yaml", "terraform/main.tf");
    }

    @Test
    void includesAreRelativeToTheBaseDirectoryWhateverTheSourceDirectory() throws IOException {
        write("deploy/k8s/a.yaml");
        write("deploy/k8s/b.json");
        write("deploy/docs/example.yaml");

        SourceScanner scanner = new SourceScanner(base, List.of("deploy/k8s/**"), SourceScanner.DEFAULT_EXCLUDES, Set.of());

        assertThat(relative(scanner, scanner.scan(List.of(base.resolve("deploy"), base.resolve("missing")))))
                .containsExactly("deploy/k8s/a.yaml", "deploy/k8s/b.json");
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    private static List<String> relative(SourceScanner scanner, SourceScanner.Scan scan) {
        return scan.files().stream().map(scanner::relative).toList();
    }

    private void write(String relative) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x: 1\n");
    }
}
