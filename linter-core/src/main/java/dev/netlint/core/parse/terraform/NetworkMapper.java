package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.DhcpOptions;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VPCs (with the secondary IPv4 and the IPv6 CIDR associations that target them, and their DHCP options) and
 * subnets. Unwritten settings stay absent so that rules apply Terraform's defaults themselves (RULES.md §1.2).
 */
final class NetworkMapper {

    private final TfEvaluator evaluator;
    private final Map<String, ResourceInstance> vpcs = new LinkedHashMap<>();
    private final List<ResourceInstance> associations = new ArrayList<>();
    private final List<ResourceInstance> ipv6Associations = new ArrayList<>();
    private final Map<String, ResourceInstance> dhcpOptions = new LinkedHashMap<>();
    private final List<ResourceInstance> dhcpAssociations = new ArrayList<>();

    NetworkMapper(TfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    void addVpc(ResourceInstance instance) {
        vpcs.putIfAbsent(instance.address(), instance);
    }

    void addCidrAssociation(ResourceInstance instance) {
        associations.add(instance);
    }

    void addIpv6CidrAssociation(ResourceInstance instance) {
        ipv6Associations.add(instance);
    }

    void addDhcpOptions(ResourceInstance instance) {
        dhcpOptions.putIfAbsent(instance.address(), instance);
    }

    void addDhcpOptionsAssociation(ResourceInstance instance) {
        dhcpAssociations.add(instance);
    }

    Subnet subnet(ResourceInstance instance) {
        BlockReader subnet = BlockReader.of(evaluator, instance);
        return new Subnet(instance.address(), subnet.ref("vpc_id"), subnet.string("cidr_block"),
                subnet.integer("ipv4_netmask_length"), subnet.string("ipv6_cidr_block"),
                subnet.string("ipv6_ipam_pool_id"), subnet.string("availability_zone"),
                subnet.string("availability_zone_id"), subnet.dataSourceIndex("availability_zone"),
                subnet.bool("map_public_ip_on_launch"), subnet.bool("assign_ipv6_address_on_creation"),
                subnet.bool("ipv6_native"), subnet.stringMap("tags"), subnet.location());
    }

    /** The VPCs, with associations attached; call once every VPC and association has been added. */
    List<Vpc> buildVpcs() {
        Map<String, List<Value<String>>> secondaryCidrs = new LinkedHashMap<>();
        for (ResourceInstance instance : associations) {
            BlockReader association = BlockReader.of(evaluator, instance);
            String vpc = vpcOf(association);
            if (vpc != null) {
                secondaryCidrs.computeIfAbsent(vpc, a -> new ArrayList<>()).add(association.string("cidr_block"));
            }
        }
        Map<String, List<Value<String>>> ipv6 = new LinkedHashMap<>();
        List<Value<String>> ipv6Anywhere = new ArrayList<>();
        for (ResourceInstance instance : ipv6Associations) {
            BlockReader association = BlockReader.of(evaluator, instance);
            Value<ResourceRef> vpcRef = association.ref("vpc_id");
            String vpc = vpcOf(association);
            if (vpc != null) {
                ipv6.computeIfAbsent(vpc, a -> new ArrayList<>())
                        .add(Value.known(instance.address(), association.location()));
            } else if (!vpcRef.isKnown()) {
                // could be any VPC of the module: none of them can be said to lack IPv6
                ipv6Anywhere.add(Value.unknown(instance.address() + " targets a VPC that is not known",
                        association.location()));
            }
        }
        Map<String, Value<DhcpOptions>> dhcp = new LinkedHashMap<>();
        Value<DhcpOptions> dhcpAnywhere = null;
        for (ResourceInstance instance : dhcpAssociations) {
            BlockReader association = BlockReader.of(evaluator, instance);
            String vpc = vpcOf(association);
            Value<DhcpOptions> options = dhcpOptionsOf(association);
            if (vpc != null) {
                dhcp.putIfAbsent(vpc, options);
            } else if (!association.ref("vpc_id").isKnown()) {
                dhcpAnywhere = Value.unknown(instance.address() + " targets a VPC that is not known",
                        association.location());
            }
        }
        List<Vpc> result = new ArrayList<>();
        for (ResourceInstance instance : vpcs.values()) {
            BlockReader vpc = BlockReader.of(evaluator, instance);
            List<Value<String>> ipv6Sources = new ArrayList<>(ipv6.getOrDefault(instance.address(), List.of()));
            ipv6Sources.addAll(ipv6Anywhere);
            Value<DhcpOptions> options = dhcp.getOrDefault(instance.address(),
                    dhcpAnywhere != null ? dhcpAnywhere : Value.absent(vpc.location()));
            result.add(new Vpc(instance.address(), vpc.string("cidr_block"), vpc.string("ipv4_ipam_pool_id"),
                    secondaryCidrs.getOrDefault(instance.address(), List.of()),
                    vpc.bool("assign_generated_ipv6_cidr_block"), vpc.string("ipv6_cidr_block"),
                    vpc.string("ipv6_ipam_pool_id"), ipv6Sources,
                    vpc.bool("enable_dns_support"), vpc.bool("enable_dns_hostnames"), options, vpc.location()));
        }
        return result;
    }

    /** The address of the module's VPC an association names, or null. */
    private String vpcOf(BlockReader association) {
        ResourceRef vpc = association.ref("vpc_id").orNull();
        return vpc != null && vpc.isResource() && vpcs.containsKey(vpc.address()) ? vpc.address() : null;
    }

    private Value<DhcpOptions> dhcpOptionsOf(BlockReader association) {
        Value<ResourceRef> ref = association.ref("dhcp_options_id");
        ResourceRef target = ref.orNull();
        Location at = ref.location();
        if (target == null) {
            return ref.isAbsent() ? Value.unknown("no dhcp_options_id", at)
                    : Value.unknown(ref instanceof Value.Unknown<ResourceRef> unknown ? unknown.reason()
                    : "dhcp_options_id is not known", at);
        }
        ResourceInstance options = target.isResource() ? dhcpOptions.get(target.address()) : null;
        if (options == null) {
            return Value.unknown("DHCP options " + target + " are not in the input", at);
        }
        BlockReader reader = BlockReader.of(evaluator, options);
        return Value.known(new DhcpOptions(options.address(), reader.strings("domain_name_servers"),
                reader.location()), at);
    }
}
