package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_security_group} (or {@code aws_default_security_group}) with every rule that applies to it: its
 * inline blocks and the standalone rule resources that target it. When Terraform creates a group it revokes AWS's
 * default allow-all egress, so a group with no egress rules here has no egress at all.
 * <p>A standalone ingress rule on a group that is not in the input ({@code security_group_id = "sg-0123"}, a data
 * source, a remote module's output) is a group of its own: {@code address} and {@code resourceType} are the rule's,
 * {@code name} says which group it targets, and {@link #isOutsideInput()} is true.
 */
public record SecurityGroup(String address, String resourceType, Value<String> name, Value<ResourceRef> vpc,
                            List<SgRule> rules, boolean mixesInlineAndStandaloneRules, Location location)
        implements TfResource {

    public SecurityGroup {
        rules = List.copyOf(rules);
    }

    /** True for a standalone rule on a group that is not in the input (see above). */
    public boolean isOutsideInput() {
        return !resourceType.equals("aws_security_group") && !resourceType.equals("aws_default_security_group");
    }

    public List<SgRule> egress() {
        return rules.stream().filter(r -> r.direction() == SgRule.Direction.EGRESS).toList();
    }

    public List<SgRule> ingress() {
        return rules.stream().filter(r -> r.direction() == SgRule.Direction.INGRESS).toList();
    }
}
