package dev.netlint.core.model.k8s;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.source.Location;

/** A Kubernetes object of the common model. */
public interface K8sResource extends ModelElement {

    ObjectMeta meta();

    @Override
    default Location location() {
        return meta().location();
    }

    @Override
    default String describe() {
        return meta().describe();
    }

    default String namespace() {
        return meta().namespace();
    }

    default String name() {
        return meta().name();
    }
}
