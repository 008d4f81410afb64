package dev.netlint.core.parse.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a values key was set, as Helm merges values.yaml, --helm-values files and --helm-set; unsure is "unknown". */
class ChartValuesTest {

    private static final List<String> SERVICE_TYPE = List.of("service", "type");

    @TempDir
    Path dir;

    private final List<SourceFile> files = new ArrayList<>();

    private ChartValues values(String... sets) {
        return new ChartValues(files, List.of(sets), new SourceReader(1 << 20));
    }

    private void file(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(new SourceFile(dir.resolve(name), name, SourceFormat.YAML));
    }

    private static Location at(ChartValues.Origin origin) {
        return ((ChartValues.InFile) origin).value().location();
    }

    @Test
    void theLastFileThatSetsAKeyWinsAndFilesThatDoNotSetItAreSkipped() {
        file("values.yaml", "service:\n  type: ClusterIP\n");
        file("prod.yaml", "service:\n  port: 80\n  type: NodePort\n");
        file("extra.yaml", "service:\n  port: 8080\nreplicas: 3\n");

        assertThat(at(values().origin(SERVICE_TYPE))).isEqualTo(new Location("prod.yaml", 3, 9, 3, 17));
    }

    @Test
    void aKeyNoFileSetsHasNoOrigin() {
        file("values.yaml", "service: {}\n");

        assertThat(values().origin(SERVICE_TYPE)).isNull();
        assertThat(values().origin(List.of("replicas"))).isNull();
    }

    @Test
    void aLaterFileThatRemovesOrReplacesTheParentMakesTheKeyUnknown() {
        file("values.yaml", "service:\n  type: NodePort\n");
        file("null.yaml", "service: null\n");
        assertThat(values().origin(SERVICE_TYPE)).isNull();

        files.remove(1);
        file("scalar.yaml", "service: none\n");
        assertThat(values().origin(SERVICE_TYPE)).isNull();
    }

    @Test
    void aMapIsNoOrigin() {
        file("values.yaml", "service:\n  type: {name: NodePort}\n");

        assertThat(values().origin(SERVICE_TYPE)).isNull();
    }

    @Test
    void aValuesFileThatCannotBeReadMakesEveryKeyUnknown() {
        file("values.yaml", "service:\n  type: NodePort\n");
        file("broken.yaml", "service: [\n");

        assertThat(values().origin(SERVICE_TYPE)).isNull();
    }

    @Test
    void helmSetOfTheKeyWinsOverEveryFile() {
        file("values.yaml", "service:\n  type: ClusterIP\n");

        assertThat(values("replicas=2,service.type=NodePort").origin(SERVICE_TYPE))
                .isEqualTo(new ChartValues.BySet("service.type=NodePort", "NodePort"));
    }

    @Test
    void helmSetOfAParentAChildOrThroughListSyntaxMakesTheKeyUnknown() {
        file("values.yaml", "service:\n  type: NodePort\n");

        assertThat(values("service=null").origin(SERVICE_TYPE)).isNull();
        assertThat(values("service.type.name=x").origin(SERVICE_TYPE)).isNull();
        assertThat(values("service[0]=x").origin(SERVICE_TYPE)).isNull();
        assertThat(values("ports={80,443}").origin(SERVICE_TYPE)).isNull();
        assertThat(values("replicas=2").origin(SERVICE_TYPE)).isInstanceOf(ChartValues.InFile.class);
    }

    @Test
    void aReferenceIsOneValuesKeyAloneOrThroughQuoteDefaultOrToString() {
        assertThat(ChartValues.Reference.parse(".Values.service.type", false).path()).isEqualTo(SERVICE_TYPE);
        assertThat(ChartValues.Reference.parse("$.Values.service.type", true).path()).isEqualTo(SERVICE_TYPE);
        assertThat(ChartValues.Reference.parse("quote .Values.service.type", false).functions())
                .containsExactly("quote");
        assertThat(ChartValues.Reference.parse(".Values.service.type | default \"ClusterIP\" | quote", false)
                .functions()).containsExactly("default", "quote");
        assertThat(ChartValues.Reference.parse("default 80 .Values.port", false).path()).containsExactly("port");
    }

    @Test
    void anythingElseIsNoReference() {
        assertThat(ChartValues.Reference.parse(".Values.service.type | upper", false)).isNull();
        assertThat(ChartValues.Reference.parse("include \"web.type\" .", false)).isNull();
        assertThat(ChartValues.Reference.parse(".Values.service.type", true)).as("dot rebound by range/with").isNull();
        assertThat(ChartValues.Reference.parse("index .Values \"service-type\"", false)).isNull();
        assertThat(ChartValues.Reference.parse(".Values.a | default .Values.b", false)).isNull();
        assertThat(ChartValues.Reference.parse("(.Values.a)", false)).isNull();
    }

    @Test
    void whatAReferencePrintsForAValueIsKnownOnlyWhenCertain() {
        ChartValues.Reference quoted = ChartValues.Reference.parse(".Values.t | default \"x\" | quote", false);

        assertThat(quoted.printed("NodePort", PScalar.Kind.STRING)).isEqualTo("\"NodePort\"");
        assertThat(quoted.printed("", PScalar.Kind.STRING)).as("default prints its argument").isNull();
        assertThat(quoted.printed("a\"b", PScalar.Kind.STRING)).as("escaped by quote").isNull();
        assertThat(quoted.printed("", PScalar.Kind.NULL)).isNull();
        assertThat(ChartValues.Reference.parse("squote .Values.t", false).printed("a", PScalar.Kind.STRING))
                .isEqualTo("'a'");
    }
}
