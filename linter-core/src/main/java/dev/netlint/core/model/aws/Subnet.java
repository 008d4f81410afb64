package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;

/** An {@code aws_subnet}. */
public record Subnet(String address, Value<ResourceRef> vpc, Value<String> cidrBlock, Value<String> ipv6CidrBlock,
                     Value<String> availabilityZone, Value<Boolean> mapPublicIpOnLaunch,
                     Value<Boolean> assignIpv6AddressOnCreation, Value<Boolean> ipv6Native,
                     Map<String, Value<String>> tags, Location location) implements TfResource {

    public Subnet {
        tags = Map.copyOf(tags);
    }
}
