package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_eks_cluster}: its {@code vpc_config} and {@code kubernetes_network_config}. List-valued settings are
 * {@code Value<List<...>>} because the list itself can be absent (EKS default applies) or unknown ({@code var.ids}).
 * {@code vpcConfigLocation} is the {@code vpc_config} block, or the resource header when there is none.
 * {@code autoModeLoadBalancing} is EKS Auto Mode's load balancing capability
 * ({@code kubernetes_network_config.elastic_load_balancing.enabled}, else {@code compute_config.enabled}).
 */
public record EksCluster(String address,
                         Value<String> name,
                         Value<Boolean> endpointPublicAccess,
                         Value<Boolean> endpointPrivateAccess,
                         Value<List<Value<String>>> publicAccessCidrs,
                         Value<List<Value<ResourceRef>>> subnetIds,
                         Value<List<Value<ResourceRef>>> securityGroupIds,
                         Value<String> ipFamily,
                         Value<String> serviceIpv4Cidr,
                         Value<Boolean> autoModeLoadBalancing,
                         Location vpcConfigLocation,
                         Location location) implements TfResource {
}
