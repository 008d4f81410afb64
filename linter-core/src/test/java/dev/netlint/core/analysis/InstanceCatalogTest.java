package dev.netlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The instance data linter-core's analysis reads ships with linter-core, and a build without it fails loudly. */
class InstanceCatalogTest {

    @Test
    void everyRowOfTheDataFileNextToTheClassIsRead() throws IOException {
        long rows;
        try (InputStream in = InstanceCatalog.class.getClassLoader().getResourceAsStream(InstanceCatalog.RESOURCE)) {
            assertThat(in).as(InstanceCatalog.RESOURCE + " in linter-core").isNotNull();
            rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("instance_type\t"))
                    .count();
        }

        assertThat(InstanceCatalog.get().size()).isEqualTo(rows).isGreaterThan(500);
        assertThat(InstanceCatalog.get().limits("m5.large")).hasValueSatisfying(m5 -> {
            assertThat(m5.eniLimit()).isEqualTo(3);
            assertThat(m5.ipv4PerEni()).isEqualTo(10);
            assertThat(m5.hypervisor()).isEqualTo("nitro");
        });
        assertThat(InstanceCatalog.get().limits("m99.imaginary")).as("a type the table does not list").isEmpty();
    }

    @Test
    void aClassPathWithoutTheDataFileIsAnErrorNotAnEmptyCatalog() {
        ClassLoader withoutData = new ClassLoader(null) {};

        assertThatThrownBy(() -> InstanceCatalog.load(withoutData))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(InstanceCatalog.RESOURCE);
    }
}
