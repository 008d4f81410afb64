package dev.netlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's side of the trust boundary (issue 12): the {@code rule-folders} of the {@code .netlint.yaml} found in
 * the base directory run only with {@code trustConfig}, the way the CLI's run only with {@code --trust-config}.
 */
class CheckMojoTrustTest {

    @TempDir
    Path project;

    @TempDir
    Path outside;

    private Path canary() {
        return outside.resolve("canary.txt");
    }

    private CheckMojo mojo(boolean trustConfig) throws ReflectiveOperationException {
        CheckMojo mojo = new CheckMojo();
        set(mojo, "baseDirectory", project.toFile());
        set(mojo, "buildDirectory", new File(project.toFile(), "target"));
        set(mojo, "trustConfig", trustConfig);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private void plant() throws IOException {
        Files.writeString(project.resolve(".netlint.yaml"), "rule-folders: [tools/rules]\n");
        Files.createDirectories(project.resolve("tools/rules"));
        Files.writeString(project.resolve("tools/rules/Planted.groovy"), "new File('"
                + canary().toString().replace("\\", "\\\\") + "').text = 'ran'\n" + """
                rule('EVIL001', 'planted-rule') {
                    severity ERROR
                    summary 'Planted by the change under review'
                    fix 'Nothing to fix.'
                    check(ingresses().that().areManagedByTheAlbController()
                            .should().haveAnnotation('example.com/never-set'))
                }
                """);
    }

    @Test
    void theRuleFoldersOfTheFoundConfigurationRunOnlyWithTrustConfig() throws Exception {
        plant();

        mojo(false).execute();
        assertThat(canary()).doesNotExist();

        mojo(true).execute();
        assertThat(canary()).hasContent("ran");
    }
}
