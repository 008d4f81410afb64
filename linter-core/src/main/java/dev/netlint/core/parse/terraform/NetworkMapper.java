package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VPCs (with the secondary CIDRs of the {@code aws_vpc_ipv4_cidr_block_association}s that target them) and subnets.
 * Unwritten DNS flags stay absent so that rules apply Terraform's defaults themselves (RULES.md §1.2).
 */
final class NetworkMapper {

    private final TfEvaluator evaluator;
    private final Map<String, ResourceInstance> vpcs = new LinkedHashMap<>();
    private final Map<String, List<Value<String>>> secondaryCidrs = new LinkedHashMap<>();
    private final List<ResourceInstance> associations = new ArrayList<>();

    NetworkMapper(TfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    void addVpc(ResourceInstance instance) {
        vpcs.putIfAbsent(instance.address(), instance);
    }

    void addCidrAssociation(ResourceInstance instance) {
        associations.add(instance);
    }

    Subnet subnet(ResourceInstance instance) {
        BlockReader subnet = BlockReader.of(evaluator, instance);
        return new Subnet(instance.address(), subnet.ref("vpc_id"), subnet.string("cidr_block"),
                subnet.string("ipv6_cidr_block"), subnet.string("availability_zone"),
                subnet.bool("map_public_ip_on_launch"), subnet.bool("assign_ipv6_address_on_creation"),
                subnet.bool("ipv6_native"), subnet.stringMap("tags"), subnet.location());
    }

    /** The VPCs, with associations attached; call once every VPC and association has been added. */
    List<Vpc> buildVpcs() {
        for (ResourceInstance instance : associations) {
            BlockReader association = BlockReader.of(evaluator, instance);
            ResourceRef vpc = association.ref("vpc_id").orNull();
            if (vpc != null && vpc.isResource() && vpcs.containsKey(vpc.address())) {
                secondaryCidrs.computeIfAbsent(vpc.address(), a -> new ArrayList<>())
                        .add(association.string("cidr_block"));
            }
        }
        List<Vpc> result = new ArrayList<>();
        for (ResourceInstance instance : vpcs.values()) {
            BlockReader vpc = BlockReader.of(evaluator, instance);
            result.add(new Vpc(instance.address(), vpc.string("cidr_block"),
                    secondaryCidrs.getOrDefault(instance.address(), List.of()),
                    vpc.bool("assign_generated_ipv6_cidr_block"), vpc.string("ipv6_cidr_block"),
                    vpc.bool("enable_dns_support"), vpc.bool("enable_dns_hostnames"), vpc.location()));
        }
        return result;
    }
}
