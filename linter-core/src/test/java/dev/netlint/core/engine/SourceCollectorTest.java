package dev.netlint.core.engine;

import dev.netlint.core.finding.SkippedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a run reads and what they are called: supported extensions only, tool folders not entered,
 * symbolic links never followed, display paths built from the path as given, sorted and without duplicates.
 */
class SourceCollectorTest {

    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "kind: Service\n");
    }

    private String given() {
        return root.toString();
    }

    private String display(String relative) {
        return root.toString().replace('\\', '/') + "/" + relative;
    }

    private static List<String> displayPaths(SourceCollector.Collected collected) {
        return collected.files().stream().map(SourceFile::displayPath).toList();
    }

    private SourceCollector.Collected collect(String... paths) {
        return new SourceCollector().collect(List.of(paths));
    }

    @Test
    void picksManifestAndTerraformFilesByExtensionWithTheirFormat() throws IOException {
        touch("a.yaml");
        touch("b.yml");
        touch("c.json");
        touch("d.tf");
        touch("e.tf.json");
        touch("f.tfvars");
        touch("README.md");
        touch("notes.txt");
        touch("values.yaml.bak");

        SourceCollector.Collected collected = collect(given());

        assertThat(collected.files()).extracting(SourceFile::displayPath, SourceFile::format).containsExactly(
                tuple(display("a.yaml"), SourceFormat.YAML),
                tuple(display("b.yml"), SourceFormat.YAML),
                tuple(display("c.json"), SourceFormat.JSON),
                tuple(display("d.tf"), SourceFormat.TERRAFORM),
                tuple(display("e.tf.json"), SourceFormat.TERRAFORM_JSON),
                tuple(display("f.tfvars"), SourceFormat.TFVARS));
    }

    @Test
    void doesNotListUnsupportedFilesFoundInAFolderAsSkipped() throws IOException {
        touch("README.md");

        assertThat(collect(given()).skipped()).isEmpty();
    }

    @Test
    void listsTerragruntConfigurationAsSkippedButNotOtherHclFiles() throws IOException {
        touch("live/prod/eks/terragrunt.hcl");
        touch("live/prod/eks/.terraform.lock.hcl");
        touch("live/vpc.hcl");
        touch(".tflint.hcl");

        SourceCollector.Collected collected = collect(given());

        assertThat(collected.files()).isEmpty();
        assertThat(collected.skipped()).extracting(SkippedFile::path, SkippedFile::reason).containsExactly(
                tuple(display("live/prod/eks/terragrunt.hcl"), "Terragrunt configuration: netlint does not read "
                        + "Terragrunt; lint the plan it makes (terragrunt plan -out plan.out, then terragrunt show "
                        + "-json plan.out | netlint -)"));
    }

    @Test
    void doesNotEnterToolFoldersAtAnyDepth() throws IOException {
        touch("app/web.yaml");
        touch(".git/config.yaml");
        touch(".terraform/modules/vpc/main.tf");
        touch("target/classes/service.yaml");
        touch("app/node_modules/pkg/package.json");
        touch("app/sub/target/out.json");

        assertThat(displayPaths(collect(given()))).containsExactly(display("app/web.yaml"));
    }

    @Test
    void scansAToolFolderWhenItIsThePathGiven() throws IOException {
        touch("target/service.yaml");

        assertThat(displayPaths(collect(root.resolve("target").toString())))
                .containsExactly(root.resolve("target") + "/service.yaml");
    }

    @Test
    void doesNotFollowALinkToAFolderOutsideTheTree(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.yaml"), "kind: Service\n");
        touch("app/web.yaml");
        Files.createSymbolicLink(root.resolve("app/elsewhere"), outside);

        SourceCollector.Collected collected = collect(given());

        assertThat(displayPaths(collected)).containsExactly(display("app/web.yaml"));
    }

    @Test
    void endsALinkLoopWithoutFollowingIt() throws IOException {
        touch("app/web.yaml");
        Files.createSymbolicLink(root.resolve("app/loop"), root.resolve("app"));
        Files.createSymbolicLink(root.resolve("app/up"), root);

        SourceCollector.Collected collected = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> collect(given()));

        assertThat(displayPaths(collected)).containsExactly(display("app/web.yaml"));
    }

    @Test
    void listsALinkToAManifestAsSkippedInsteadOfReadingIt(@TempDir Path outside) throws IOException {
        Path target = Files.writeString(outside.resolve("secret.yaml"), "kind: Service\n");
        Files.createSymbolicLink(root.resolve("linked.yaml"), target);

        SourceCollector.Collected collected = collect(given());

        assertThat(collected.files()).isEmpty();
        assertThat(collected.skipped())
                .containsExactly(new SkippedFile(display("linked.yaml"), "symbolic link (not followed)"));
    }

    @Test
    void displayPathIsTheGivenPathJoinedWithTheRelativePathWithForwardSlashes() throws IOException {
        touch("k8s/prod/web.yaml");
        Path base = root.resolve("k8s");

        assertThat(displayPaths(collect(base.toString()))).containsExactly(base + "/prod/web.yaml");
    }

    @Test
    void displayPathDoesNotDoubleATrailingSlashOfTheGivenPath() throws IOException {
        touch("k8s/web.yaml");

        assertThat(displayPaths(collect(root.resolve("k8s") + "/")))
                .containsExactly(root.resolve("k8s") + "/web.yaml");
    }

    @Test
    void displayPathOfAFileGivenByNameIsThatName() throws IOException {
        Path file = touch("k8s/web.yaml");

        assertThat(displayPaths(collect(file.toString()))).containsExactly(file.toString());
    }

    @Test
    void listsAnUnsupportedFileGivenByNameAsSkipped() throws IOException {
        Path file = touch("README.md");

        SourceCollector.Collected collected = collect(file.toString());

        assertThat(collected.files()).isEmpty();
        assertThat(collected.skipped()).containsExactly(new SkippedFile(file.toString(), "not a file type netlint reads"));
    }

    @Test
    void sortsFilesByDisplayPathAcrossGivenPaths() throws IOException {
        touch("b/z.yaml");
        touch("b/a.yaml");
        touch("a/m.tf");

        assertThat(displayPaths(collect(root.resolve("b").toString(), root.resolve("a").toString())))
                .containsExactly(display("a/m.tf"), display("b/a.yaml"), display("b/z.yaml"));
    }

    @Test
    void readsAFileOnceWhenItIsReachedThroughTwoGivenPaths() throws IOException {
        Path file = touch("k8s/web.yaml");

        SourceCollector.Collected collected = collect(root.resolve("k8s").toString(), file.toString(), given());

        assertThat(displayPaths(collected)).containsExactly(display("k8s/web.yaml"));
    }

    @Test
    void reportsAPathThatDoesNotExistAsMissing() {
        SourceCollector.Collected collected = collect(root.resolve("nope").toString());

        assertThat(collected.missing()).containsExactly(root.resolve("nope").toString());
        assertThat(collected.files()).isEmpty();
    }
}
