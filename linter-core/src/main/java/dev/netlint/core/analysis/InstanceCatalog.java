package dev.netlint.core.analysis;

import dev.netlint.core.model.Tri;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-instance-type ENI and IP facts, read once (lazily, only when a rule asks) from the data file next to this class:
 * {@code dev/netlint/core/analysis/instance-networking-limits.tsv} (provenance in PROVENANCE.md beside it). A type the
 * table does not list is unknown: rules never guess its limits. A build without the file is broken, so the first use
 * fails instead of making every type unknown.
 */
public final class InstanceCatalog {

    public static final String RESOURCE = "dev/netlint/core/analysis/instance-networking-limits.tsv";

    private final Map<String, InstanceLimits> byType;

    private InstanceCatalog(Map<String, InstanceLimits> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    private static final class Holder {
        static final InstanceCatalog INSTANCE = load(InstanceCatalog.class.getClassLoader());
    }

    /** The catalog on the class path; the first call fails (IllegalStateException) when the data file is missing. */
    public static InstanceCatalog get() {
        return Holder.INSTANCE;
    }

    static InstanceCatalog load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: a build of linter-core "
                        + "without its instance data");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static InstanceCatalog parse(InputStream in) throws IOException {
        Map<String, InstanceLimits> types = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("instance_type\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 10) {
                throw new IOException("expected 10 tab-separated columns: " + line);
            }
            types.put(f[0], new InstanceLimits(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), f[4], Boolean.parseBoolean(f[5]), Boolean.parseBoolean(f[6]),
                    Integer.parseInt(f[7]), f[8].equals("-") ? Tri.UNKNOWN : Tri.of(Boolean.parseBoolean(f[8])),
                    f[9].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[9]))));
        }
        return new InstanceCatalog(types);
    }

    public Optional<InstanceLimits> limits(String instanceType) {
        return Optional.ofNullable(byType.get(instanceType.trim()));
    }

    public int size() {
        return byType.size();
    }
}
