package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;

/** The AWS Load Balancer Controller's (or EKS Auto Mode's) cluster-scoped IngressClassParams. */
public record IngressClassParams(ObjectMeta meta, Value<String> groupName, Value<String> scheme,
                                 Value<String> ipAddressType, Value<String> targetType,
                                 boolean hasNamespaceSelector) implements K8sResource {

    @Override
    public String describe() {
        return "IngressClassParams " + meta().name();
    }
}
