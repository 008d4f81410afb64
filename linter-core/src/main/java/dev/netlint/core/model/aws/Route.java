package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;

/**
 * One route: an inline {@code route} block or an {@code aws_route}. {@code targetKind} says which attribute names the
 * target ({@code gateway_id}, {@code nat_gateway_id}, {@code transit_gateway_id}, {@code network_interface_id},
 * {@code instance_id}, {@code vpc_peering_connection_id}, {@code vpc_endpoint_id}, {@code egress_only_gateway_id},
 * {@code carrier_gateway_id}, {@code local_gateway_id}, {@code core_network_arn}); null when none is written.
 */
public record Route(Value<String> destinationCidr, Value<String> destinationIpv6Cidr, String targetKind,
                    Value<ResourceRef> target, String address, Location location) {}
