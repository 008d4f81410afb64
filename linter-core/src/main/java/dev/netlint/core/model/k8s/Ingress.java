package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;
import java.util.List;

/** A networking.k8s.io Ingress: its class selection, annotations (in meta) and the Services it routes to. */
public record Ingress(ObjectMeta meta, Value<String> ingressClassName, List<IngressBackend> backends)
        implements K8sResource {

    public Ingress {
        backends = List.copyOf(backends);
    }
}
