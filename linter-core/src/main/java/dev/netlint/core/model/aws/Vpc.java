package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_vpc}. {@code secondaryCidrs} are the {@code aws_vpc_ipv4_cidr_block_association}s that target it and
 * {@code ipv6Associations} the {@code aws_vpc_ipv6_cidr_block_association}s (each the association's
 * {@code ipv6_cidr_block}, or its address when the block comes from a pool, located at the association). DNS flags
 * keep Terraform's defaults visible: support defaults to true, hostnames to false (RULES.md §1.2).
 * {@code dhcpOptions} is the set an {@code aws_vpc_dhcp_options_association} attaches: absent without one (AWS's
 * default set, which uses AmazonProvidedDNS), unknown when the association names a set outside the input.
 */
public record Vpc(String address, Value<String> cidrBlock, Value<String> ipv4IpamPoolId,
                  List<Value<String>> secondaryCidrs,
                  Value<Boolean> assignGeneratedIpv6CidrBlock, Value<String> ipv6CidrBlock,
                  Value<String> ipv6IpamPoolId, List<Value<String>> ipv6Associations,
                  Value<Boolean> enableDnsSupport, Value<Boolean> enableDnsHostnames,
                  Value<DhcpOptions> dhcpOptions, Location location)
        implements TfResource {

    public Vpc {
        secondaryCidrs = List.copyOf(secondaryCidrs);
        ipv6Associations = List.copyOf(ipv6Associations);
    }
}
