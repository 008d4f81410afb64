package dev.netlint.core.model.k8s;

import dev.netlint.core.source.Location;

/**
 * A Service an Ingress sends traffic to, from {@code spec.rules[].http.paths[].backend} or
 * {@code spec.defaultBackend}; {@code location} is the {@code service.name} value.
 */
public record IngressBackend(String serviceName, String port, Location location) {}
