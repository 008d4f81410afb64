package dev.netlint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Workspace patterns ({@code --workspace}, {@code workspaces:}) follow the usual glob convention, anchored at the
 * folder they are relative to: {@code *} is one folder level, {@code **} any depth.
 */
class WorkspaceGlobsTest {

    private static final Path BASE = Path.of("/repo").toAbsolutePath();

    private static Path rootOf(String pattern, String file) {
        Path root = new PathGlobs(List.of(pattern), BASE).deepestMatchingFolder(BASE.resolve(file));
        return root == null ? null : BASE.relativize(root);
    }

    @Test
    void starIsOneFolderLevel() {
        assertThat(rootOf("*", "clusters/prod/k8s/ingress.yaml")).isEqualTo(Path.of("clusters"));
        assertThat(rootOf("*", "ingress.yaml")).as("a file at the base is under no root").isNull();
        assertThat(rootOf("clusters/*", "clusters/prod/k8s/ingress.yaml")).isEqualTo(Path.of("clusters/prod"));
        assertThat(rootOf("clusters/*", "other/clusters/prod/ingress.yaml")).isNull();
    }

    @Test
    void aNameWithoutSlashIsTheFolderAtTheBaseOnly() {
        assertThat(rootOf("maven-project", "maven-project/k8s/svc.yaml")).isEqualTo(Path.of("maven-project"));
        assertThat(rootOf("maven-project", "samples/maven-project/k8s/svc.yaml")).isNull();
    }

    @Test
    void doubleStarIsAnyDepthAndTheDeepestMatchWins() {
        assertThat(rootOf("**/prod", "a/b/prod/k8s/svc.yaml")).isEqualTo(Path.of("a/b/prod"));
        assertThat(rootOf("clusters/**", "clusters/prod/k8s/svc.yaml")).isEqualTo(Path.of("clusters/prod/k8s"));
    }
}
