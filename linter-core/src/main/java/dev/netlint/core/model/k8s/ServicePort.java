package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;

/** One entry of {@code spec.ports}; {@code location} is the list item. */
public record ServicePort(Value<String> name, Value<Integer> port, Value<String> targetPort,
                          Value<Integer> nodePort, Value<String> protocol, Location location)
        implements dev.netlint.core.source.HasLocation {}
