package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;

/**
 * What every Kubernetes object has. {@code namespace} is "default" when the manifest leaves it out, which is where
 * {@code kubectl apply} without {@code -n} puts it; {@code location} is where the document starts (its first key) and
 * {@code metadataLocation} the {@code metadata:} key, where "missing annotation" findings point.
 */
public record ObjectMeta(String apiVersion, String kind, String namespace, String name,
                         Map<String, Value<String>> annotations, Map<String, Value<String>> labels,
                         Location location, Location metadataLocation, String documentSource,
                         String annotationsUnknown) {

    public ObjectMeta {
        annotations = Map.copyOf(annotations);
        labels = Map.copyOf(labels);
    }

    public ObjectMeta(String apiVersion, String kind, String namespace, String name,
                      Map<String, Value<String>> annotations, Map<String, Value<String>> labels,
                      Location location, Location metadataLocation, String documentSource) {
        this(apiVersion, kind, namespace, name, annotations, labels, location, metadataLocation, documentSource, null);
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
        return kind + " " + qualifiedName();
    }
}
