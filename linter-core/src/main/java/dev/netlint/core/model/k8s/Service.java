package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A core/v1 Service with the fields the networking rules read (RULES.md §7). */
public record Service(ObjectMeta meta,
                      Value<String> type,
                      List<ServicePort> ports,
                      Value<String> externalTrafficPolicy,
                      List<Value<String>> externalIPs,
                      List<Value<String>> ipFamilies,
                      Value<String> ipFamilyPolicy,
                      Value<String> loadBalancerClass,
                      Value<Boolean> allocateLoadBalancerNodePorts,
                      Value<Integer> healthCheckNodePort,
                      List<Value<String>> loadBalancerSourceRanges,
                      Map<String, Value<String>> selector) implements K8sResource {

    /** The types the API server accepts; the value is case-sensitive. */
    public static final Set<String> VALID_TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");

    public Service {
        ports = List.copyOf(ports);
        externalIPs = List.copyOf(externalIPs);
        ipFamilies = List.copyOf(ipFamilies);
        loadBalancerSourceRanges = List.copyOf(loadBalancerSourceRanges);
        selector = Map.copyOf(selector);
    }

    /** The type in effect: ClusterIP (located at the Service) when not written. */
    public Value<String> effectiveType() {
        return type.orElse("ClusterIP");
    }
}
