package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;

/**
 * An {@code aws_subnet}. The IPv4 range is {@code cidr_block}, or an IPAM allocation of {@code ipv4_netmask_length}
 * bits from {@code ipv4_ipam_pool_id}; IPv6 likewise ({@code ipv6_cidr_block} or {@code ipv6_ipam_pool_id}).
 * {@code availabilityZoneLookup} is the AZ when it is written as an index into a data source
 * ({@code data.aws_availability_zones.available.names[0]}), which netlint cannot resolve but can compare with another
 * such index (RULES.md NET009); it is absent for every other way of writing the AZ.
 */
public record Subnet(String address, Value<ResourceRef> vpc, Value<String> cidrBlock,
                     Value<Integer> ipv4NetmaskLength, Value<String> ipv6CidrBlock, Value<String> ipv6IpamPoolId,
                     Value<String> availabilityZone, Value<String> availabilityZoneId,
                     Value<String> availabilityZoneLookup, Value<Boolean> mapPublicIpOnLaunch,
                     Value<Boolean> assignIpv6AddressOnCreation, Value<Boolean> ipv6Native,
                     Map<String, Value<String>> tags, Location location) implements TfResource {

    public Subnet {
        tags = Map.copyOf(tags);
    }
}
