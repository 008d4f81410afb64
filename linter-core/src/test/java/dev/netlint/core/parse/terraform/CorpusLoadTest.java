package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.ScanScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Loads every Terraform folder of the shared real-world corpus (terraform-aws-modules eks and vpc): nothing may
 * throw, and no valid file may be reported as unparsable.
 */
class CorpusLoadTest {

    private static final Path CORPUS = Path.of("/work/shared/corpus");

    @Test
    void everyCorpusModuleLoadsWithoutProblems() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        TreeSet<Path> folders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            files.filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tf.json")
                            || f.toString().endsWith(".tfvars"))
                    .filter(f -> !f.toString().contains("/invalid-syntax/"))
                    .forEach(f -> folders.add(f.getParent()));
        }
        Assumptions.assumeFalse(folders.isEmpty(), "corpus holds no Terraform");
        List<ParseProblem> problems = new ArrayList<>();
        int elements = 0;
        for (Path folder : folders) {
            TerraformTestModules.Loaded loaded = TerraformTestModules.load(folder, ScanScope.of(CORPUS));
            problems.addAll(loaded.problems());
            elements += loaded.workspace().securityGroups().size() + loaded.workspace().vpcs().size()
                    + loaded.workspace().subnets().size() + loaded.workspace().clusters().size()
                    + loaded.workspace().nodeGroups().size() + loaded.workspace().launchTemplates().size();
        }
        problems.forEach(p -> System.err.println("corpus problem: " + p));
        assertThat(problems).isEmpty();
        assertThat(elements).as("model elements from the corpus").isPositive();
    }
}
