package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.aws.SgRule.Direction;
import dev.netlint.core.model.aws.SgRule.Origin;
import dev.netlint.core.source.Location;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RULES.md §1.6 normalisation of the three Terraform shapes of security group rules. */
class SecurityGroupMappingTest {

    private static Workspace workspace;

    @BeforeAll
    static void load() {
        TerraformTestModules.Loaded loaded = TerraformTestModules.load("security-groups");
        assertThat(loaded.problems()).isEmpty();
        workspace = loaded.workspace();
    }

    private static SecurityGroup group(String address) {
        return workspace.resource(address, SecurityGroup.class).orElseThrow(() -> new AssertionError(address));
    }

    private static Location at(int line, int column, int endLine, int endColumn) {
        return new Location("main.tf", line, column, endLine, endColumn);
    }

    @Test
    void inlineBlocksAreNormalised() {
        SecurityGroup inline = group("aws_security_group.inline");

        assertThat(inline.location()).isEqualTo(at(10, 1, 10, 39));
        assertThat(inline.name()).isEqualTo(Value.known("inline", at(11, 12, 11, 20)));
        assertThat(inline.vpc().orNull()).isEqualTo(ResourceRef.toResource("aws_vpc.main", "id"));
        SgRule all = inline.ingress().get(0);
        assertThat(all.origin()).isEqualTo(Origin.INLINE);
        assertThat(all.protocol().orNull()).isEqualTo("-1");
        assertThat(all.self()).isTrue();
        assertThat(all.location()).isEqualTo(at(14, 3, 14, 10));
        assertThat(all.address()).isEqualTo("aws_security_group.inline");
        SgRule https = inline.egress().get(0);
        assertThat(https.protocol()).isEqualTo(Value.known("tcp", at(24, 24, 24, 27)));
        assertThat(https.fromPort()).isEqualTo(Value.known(443, at(22, 24, 22, 29)));
        assertThat(https.toPort().orNull()).isEqualTo(443);
        assertThat(https.ipv4Cidrs()).containsExactly(Value.known("0.0.0.0/0", at(25, 25, 25, 36)));
        assertThat(https.ipv6Cidrs()).extracting(Value::orNull).containsExactly("::/0");
        assertThat(https.prefixListIds()).extracting(Value::orNull).containsExactly("pl-123");
        assertThat(https.self()).isFalse();
        assertThat(inline.mixesInlineAndStandaloneRules()).isFalse();
    }

    @Test
    void emptyEgressAttributeMeansNoEgressButCountsAsInline() {
        SecurityGroup group = group("aws_security_group.no_egress");

        assertThat(group.egress()).allSatisfy(rule -> assertThat(rule.protocol().isUnknown()).isTrue());
        assertThat(group.rules()).extracting(SgRule::origin).containsOnly(Origin.SECURITY_GROUP_RULE);
        assertThat(group.mixesInlineAndStandaloneRules()).as("egress = [] is inline").isTrue();
    }

    @Test
    void attributeFormWithAllProtocolAndGroupReference() {
        SgRule rule = group("aws_security_group.attribute_form").egress().get(0);

        assertThat(rule.protocol().orNull()).isEqualTo("-1");
        assertThat(rule.fromPort().orNull()).isEqualTo(10250);
        assertThat(rule.securityGroupRefs()).extracting(Value::orNull)
                .containsExactly(ResourceRef.toResource("aws_security_group.inline", "id"));
        assertThat(rule.location()).isEqualTo(at(37, 13, 42, 4));
    }

    @Test
    void dynamicOverKnownMapIsExpandedInKeyOrder() {
        List<SgRule> egress = group("aws_security_group.dynamic_known").egress();

        assertThat(egress).extracting(r -> r.protocol().orNull() + "/" + r.fromPort().orNull())
                .containsExactly("udp/53", "tcp/443");
        assertThat(egress.get(0).location()).isEqualTo(at(46, 3, 46, 19));
    }

    @Test
    void dynamicOverUnknownGivesOneRuleWithUnknownProtocol() {
        List<SgRule> egress = group("aws_security_group.dynamic_unknown").egress();

        assertThat(egress).hasSize(1);
        assertThat(egress.get(0).protocol().isUnknown()).isTrue();
        assertThat(egress.get(0).fromPort().isUnknown()).isTrue();
    }

    @Test
    void standaloneRulesAttachToTheirGroupAndMixingIsFlagged() {
        SecurityGroup mixed = group("aws_security_group.mixed");

        assertThat(mixed.mixesInlineAndStandaloneRules()).isTrue();
        assertThat(mixed.egress()).extracting(SgRule::origin).containsExactly(Origin.INLINE, Origin.SECURITY_GROUP_RULE);
        SgRule all = mixed.egress().get(1);
        assertThat(all.protocol().orNull()).isEqualTo("-1");
        assertThat(all.toPort().orNull()).isEqualTo(65535);
        assertThat(all.address()).isEqualTo("aws_security_group_rule.mixed_all");
        assertThat(all.location()).isEqualTo(at(82, 1, 82, 47));
    }

    @Test
    void securityGroupRuleAndVpcRuleShapes() {
        SecurityGroup group = group("aws_security_group.standalone_only");

        assertThat(group.mixesInlineAndStandaloneRules()).isFalse();
        SgRule fromNodes = group.ingress().get(0);
        assertThat(fromNodes.origin()).isEqualTo(Origin.SECURITY_GROUP_RULE);
        assertThat(fromNodes.securityGroupRefs()).extracting(Value::orNull)
                .containsExactly(ResourceRef.toResource("aws_security_group.inline", "id"));
        SgRule kubelet = group.ingress().get(1);
        assertThat(kubelet.origin()).isEqualTo(Origin.VPC_SECURITY_GROUP_RULE);
        assertThat(kubelet.protocol().orNull()).isEqualTo("tcp");
        assertThat(kubelet.securityGroupRefs()).extracting(Value::orNull)
                .containsExactly(ResourceRef.toResource("aws_security_group.inline", "id"));
        assertThat(kubelet.prefixListIds()).extracting(Value::orNull).containsExactly("pl-456");
        assertThat(kubelet.ipv6Cidrs()).extracting(Value::orNull).containsExactly("::/0");
        SgRule all = group.egress().get(0);
        assertThat(all.direction()).isEqualTo(Direction.EGRESS);
        assertThat(all.protocol().orNull()).isEqualTo("-1");
        assertThat(all.fromPort().isAbsent()).as("ip_protocol -1 has no ports").isTrue();
        assertThat(all.ipv4Cidrs()).extracting(Value::orNull).containsExactly("0.0.0.0/0");
    }

    @Test
    void ruleForAGroupOutsideTheModuleIsDropped() {
        assertThat(workspace.securityGroups()).flatExtracting(SecurityGroup::rules)
                .extracting(SgRule::address).doesNotContain("aws_vpc_security_group_egress_rule.elsewhere");
    }

    @Test
    void ruleWithUnknownTypeCountsInBothDirectionsAsUnknown() {
        SecurityGroup group = group("aws_security_group.no_egress");

        assertThat(group.rules()).extracting(SgRule::direction).containsExactly(Direction.INGRESS, Direction.EGRESS);
        assertThat(group.rules()).allSatisfy(rule -> assertThat(rule.protocol().isUnknown()).isTrue());
    }

    @Test
    void countedGroupsAndRulesPairByIndex() {
        assertThat(group("aws_security_group.counted[0]").name().orNull()).isEqualTo("counted-0");
        assertThat(group("aws_security_group.counted[1]").egress()).extracting(r -> r.fromPort().orNull())
                .containsExactly(444);
        assertThat(group("aws_security_group.counted[0]").egress()).extracting(SgRule::address)
                .containsExactly("aws_security_group_rule.per_counted[0]");
    }

    @Test
    void defaultSecurityGroupIsAGroupWithoutRules() {
        SecurityGroup group = group("aws_default_security_group.default");

        assertThat(group.resourceType()).isEqualTo("aws_default_security_group");
        assertThat(group.rules()).isEmpty();
        assertThat(group.name().isAbsent()).isTrue();
        assertThat(group.name().location()).isEqualTo(group.location());
    }
}
