package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * One security group rule after normalisation (RULES.md §1.6), whichever of the three Terraform shapes wrote it.
 * {@code location} is the inline block or the standalone rule resource; the values keep their own locations.
 * A rule generated from a {@code dynamic} block or a list that cannot be resolved has an unknown protocol, which
 * makes every coverage question about it unknown.
 */
public record SgRule(Direction direction,
                     Origin origin,
                     Value<String> protocol,
                     Value<Integer> fromPort,
                     Value<Integer> toPort,
                     List<Value<String>> ipv4Cidrs,
                     List<Value<String>> ipv6Cidrs,
                     List<Value<ResourceRef>> securityGroupRefs,
                     boolean self,
                     List<Value<String>> prefixListIds,
                     String address,
                     Location location) {

    public enum Direction { INGRESS, EGRESS }

    /** Where the rule was written. */
    public enum Origin {
        /** An {@code ingress}/{@code egress} block (or attribute) of {@code aws_security_group}. */
        INLINE,
        /** An {@code aws_security_group_rule} resource. */
        SECURITY_GROUP_RULE,
        /** An {@code aws_vpc_security_group_ingress_rule}/{@code _egress_rule} resource. */
        VPC_SECURITY_GROUP_RULE
    }

    /** The first of protocol, from port and to port that is not known (for saying why a check was undecided), or null. */
    public Value<?> firstUnknownProtocolOrPort() {
        for (Value<?> value : List.of(protocol, fromPort, toPort)) {
            if (value.isUnknown()) {
                return value;
            }
        }
        return null;
    }

    /** The first source or destination CIDR that is not known, or null. */
    public Value<String> firstUnknownCidr() {
        for (List<Value<String>> cidrs : List.of(ipv4Cidrs, ipv6Cidrs)) {
            for (Value<String> cidr : cidrs) {
                if (cidr.isUnknown()) {
                    return cidr;
                }
            }
        }
        return null;
    }

    public SgRule {
        ipv4Cidrs = List.copyOf(ipv4Cidrs);
        ipv6Cidrs = List.copyOf(ipv6Cidrs);
        securityGroupRefs = List.copyOf(securityGroupRefs);
        prefixListIds = List.copyOf(prefixListIds);
    }
}
