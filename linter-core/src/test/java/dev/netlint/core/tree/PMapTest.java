package dev.netlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A map of a manifest keeps its keys in document order, and a duplicate key keeps the place of its first occurrence
 * with the value of its last (as Kubernetes' decoder does), whether the map is small (kept in an array) or large
 * (kept in a hash map).
 */
class PMapTest {

    private static final Location AT = Location.at("m.yaml", 1, 1);

    private static PMap.Entry entry(String key, String value) {
        return new PMap.Entry(key, AT, new PScalar(value, PScalar.Kind.STRING, AT));
    }

    /** Keys k0..k(size-1), then k0 again with the value "last". */
    private static PMap mapOf(int size) {
        List<PMap.Entry> entries = new ArrayList<>();
        IntStream.range(0, size).forEach(i -> entries.add(entry("k" + i, "v" + i)));
        entries.add(entry("k0", "last"));
        return new PMap(entries, AT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, EntryArrayMap.MAX_SCANNED - 1, EntryArrayMap.MAX_SCANNED + 5})
    void keepsDocumentOrderAndTheLastValueOfADuplicateKey(int size) {
        PMap map = mapOf(size);
        assertThat(map.entries()).hasSize(size);
        assertThat(map.entries().keySet()).containsExactlyElementsOf(IntStream.range(0, size).mapToObj(i -> "k" + i).toList());
        assertThat(map.text("k0")).isEqualTo("last");
        assertThat(map.text("k" + (size - 1))).isEqualTo(size == 1 ? "last" : "v" + (size - 1));
        assertThat(map.get("missing")).isNull();
        assertThat(map.entries().containsKey("k0")).isTrue();
        assertThat(map.entries().values()).extracting(PMap.Entry::key).first().isEqualTo("k0");
        assertThat(map.entries().entrySet()).extracting(Map.Entry::getKey).hasSize(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, EntryArrayMap.MAX_SCANNED + 5})
    void smallAndLargeMapsAreEqualAsMaps(int size) {
        PMap map = mapOf(size);
        assertThat(map.entries()).isEqualTo(new java.util.LinkedHashMap<>(map.entries()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0})
    void anEmptyMapHasNoEntries(int size) {
        PMap map = new PMap(List.of(), AT);
        assertThat(map.entries()).hasSize(size);
        assertThat(map.entry("a")).isNull();
    }
}
