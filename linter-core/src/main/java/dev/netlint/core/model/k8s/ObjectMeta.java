package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;
import java.util.Objects;

/**
 * What every Kubernetes object has. {@code namespace} is "default" when the manifest leaves it out, which is where
 * {@code kubectl apply} without {@code -n} puts it; {@code location} is where the document starts (its first key) and
 * {@code metadataLocation} the {@code metadata:} key, where "missing annotation" findings point.
 */
public final class ObjectMeta {

    private final String apiVersion;
    private final String kind;
    private final String namespace;
    private final String name;
    private final Map<String, Value<String>> annotations;
    private final Map<String, Value<String>> labels;
    private final Location location;
    private final Location metadataLocation;
    private final String documentSource;
    private final String annotationsUnknown;
    /**
     * {@link #describe()}, made once: rules compare and print it for every pair of objects they relate (issue 18: one
     * string built per call was a fifth of a 10k-file run's CPU time). A plain field: every thread that races to set
     * it sets an equal string.
     */
    private String described;

    public ObjectMeta(String apiVersion, String kind, String namespace, String name,
                      Map<String, Value<String>> annotations, Map<String, Value<String>> labels,
                      Location location, Location metadataLocation, String documentSource,
                      String annotationsUnknown) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.namespace = namespace;
        this.name = name;
        this.annotations = Map.copyOf(annotations);
        this.labels = Map.copyOf(labels);
        this.location = location;
        this.metadataLocation = metadataLocation;
        this.documentSource = documentSource;
        this.annotationsUnknown = annotationsUnknown;
    }

    public ObjectMeta(String apiVersion, String kind, String namespace, String name,
                      Map<String, Value<String>> annotations, Map<String, Value<String>> labels,
                      Location location, Location metadataLocation, String documentSource) {
        this(apiVersion, kind, namespace, name, annotations, labels, location, metadataLocation, documentSource, null);
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public Map<String, Value<String>> annotations() {
        return annotations;
    }

    public Map<String, Value<String>> labels() {
        return labels;
    }

    public Location location() {
        return location;
    }

    public Location metadataLocation() {
        return metadataLocation;
    }

    public String documentSource() {
        return documentSource;
    }

    public String annotationsUnknown() {
        return annotationsUnknown;
    }

    /**
     * An annotation's value, or absent (located at {@code metadata}); unknown when the annotations are written as a
     * whole that netlint cannot work out ({@code annotations = var.annotations} in Terraform): {@code
     * annotationsUnknown} says why.
     */
    public Value<String> annotation(String key) {
        Value<String> value = annotations.get(key);
        if (value != null) {
            return value;
        }
        return annotationsUnknown != null ? Value.unknown(annotationsUnknown, metadataLocation)
                : Value.absent(metadataLocation);
    }

    public String qualifiedName() {
        return namespace == null ? name : namespace + "/" + name;
    }

    public String describe() {
        String d = described;
        if (d == null) {
            d = kind + " " + qualifiedName();
            described = d;
        }
        return d;
    }

    // Value semantics, as when this was a record: all ten components, nothing derived.
    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectMeta m && Objects.equals(apiVersion, m.apiVersion) && Objects.equals(kind, m.kind)
                && Objects.equals(namespace, m.namespace) && Objects.equals(name, m.name)
                && annotations.equals(m.annotations) && labels.equals(m.labels)
                && Objects.equals(location, m.location) && Objects.equals(metadataLocation, m.metadataLocation)
                && Objects.equals(documentSource, m.documentSource)
                && Objects.equals(annotationsUnknown, m.annotationsUnknown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, namespace, name, annotations, labels, location, metadataLocation,
                documentSource, annotationsUnknown);
    }

    @Override
    public String toString() {
        return "ObjectMeta[apiVersion=" + apiVersion + ", kind=" + kind + ", namespace=" + namespace + ", name=" + name
                + ", annotations=" + annotations + ", labels=" + labels + ", location=" + location
                + ", metadataLocation=" + metadataLocation + ", documentSource=" + documentSource
                + ", annotationsUnknown=" + annotationsUnknown + "]";
    }
}
