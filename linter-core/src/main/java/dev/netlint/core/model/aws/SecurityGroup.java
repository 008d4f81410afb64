package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_security_group} (or {@code aws_default_security_group}) with every rule that applies to it: its
 * inline blocks and the standalone rule resources that target it. When Terraform creates a group it revokes AWS's
 * default allow-all egress, so a group with no egress rules here has no egress at all.
 */
public record SecurityGroup(String address, String resourceType, Value<String> name, Value<ResourceRef> vpc,
                            List<SgRule> rules, boolean mixesInlineAndStandaloneRules, Location location)
        implements TfResource {

    public SecurityGroup {
        rules = List.copyOf(rules);
    }

    public List<SgRule> egress() {
        return rules.stream().filter(r -> r.direction() == SgRule.Direction.EGRESS).toList();
    }

    public List<SgRule> ingress() {
        return rules.stream().filter(r -> r.direction() == SgRule.Direction.INGRESS).toList();
    }
}
