package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_vpc}. {@code secondaryCidrs} are the {@code aws_vpc_ipv4_cidr_block_association} blocks that target
 * it. DNS flags keep Terraform's defaults visible: support defaults to true, hostnames to false (RULES.md §1.2).
 */
public record Vpc(String address, Value<String> cidrBlock, List<Value<String>> secondaryCidrs,
                  Value<Boolean> assignGeneratedIpv6CidrBlock, Value<String> ipv6CidrBlock,
                  Value<Boolean> enableDnsSupport, Value<Boolean> enableDnsHostnames, Location location)
        implements TfResource {

    public Vpc {
        secondaryCidrs = List.copyOf(secondaryCidrs);
    }
}
