package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.model.aws.SgRule.Direction;
import dev.netlint.core.model.aws.SgRule.Origin;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Security groups with every rule that applies to them (RULES.md §1.6): inline {@code ingress}/{@code egress} blocks,
 * their attribute form ({@code egress = []}) and {@code dynamic} blocks, plus the standalone
 * {@code aws_security_group_rule} and {@code aws_vpc_security_group_*_rule} resources that target them. A standalone
 * ingress rule whose group is not in the input ({@code "sg-0123"}, a data source, a remote module's output) becomes a
 * group of its own ({@link SecurityGroup#isOutsideInput()}), located at the rule: what the rule opens is a mistake
 * whatever group it lands on. Protocols are normalised: {@code all} and any case of it become
 * {@code -1}, protocol numbers 6/17/1/58 become {@code tcp}/{@code udp}/{@code icmp}/{@code icmpv6}.
 */
final class SecurityGroupMapper {

    private final TfEvaluator evaluator;
    private final Map<String, Draft> groups = new LinkedHashMap<>();
    private final List<ResourceInstance> standaloneRules = new ArrayList<>();
    private final List<SecurityGroup> outsideInput = new ArrayList<>();

    SecurityGroupMapper(TfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    static boolean isGroup(String type) {
        return type.equals("aws_security_group") || type.equals("aws_default_security_group");
    }

    static boolean isStandaloneRule(String type) {
        return type.equals("aws_security_group_rule") || type.equals("aws_vpc_security_group_ingress_rule")
                || type.equals("aws_vpc_security_group_egress_rule");
    }

    void addGroup(ResourceInstance instance) {
        BlockReader group = BlockReader.of(evaluator, instance);
        List<SgRule> rules = new ArrayList<>();
        inlineRules(group, "ingress", Direction.INGRESS, instance.address(), rules);
        inlineRules(group, "egress", Direction.EGRESS, instance.address(), rules);
        boolean inline = group.writes("ingress") || group.writes("egress");
        groups.putIfAbsent(instance.address(), new Draft(instance.address(), instance.type(), group.string("name"),
                group.ref("vpc_id"), rules, inline, group.location()));
    }

    void addStandaloneRule(ResourceInstance instance) {
        standaloneRules.add(instance);
    }

    /**
     * The groups, with standalone rules attached; call once every group and rule has been added. A rule is made
     * unknown (never dropped) when it may apply without netlint knowing how: its target is unknown but mentions
     * groups of the module, its direction is unknown, or its {@code count}/{@code for_each} is unknown. Dropping such
     * a rule would make a group look as if it lacked rules it may have.
     */
    List<SecurityGroup> build() {
        for (ResourceInstance instance : standaloneRules) {
            attach(instance);
        }
        List<SecurityGroup> result = new ArrayList<>();
        for (Draft draft : groups.values()) {
            result.add(new SecurityGroup(draft.address(), draft.resourceType(), draft.name(), draft.vpc(),
                    draft.rules(), draft.inline() && draft.targetedByStandalone, draft.location()));
        }
        result.addAll(outsideInput);
        return result;
    }

    private void attach(ResourceInstance instance) {
        BlockReader rule = BlockReader.of(evaluator, instance);
        TfValue target = rule.reference("security_group_id");
        List<Draft> targets = new ArrayList<>();
        String uncertainty = instance.standsForUnknownInstances()
                ? "count or for_each of " + instance.address() + " is not known" : null;
        if (target instanceof TfValue.Ref ref) {
            Draft group = groups.get(ref.address());
            if (group != null) {
                targets.add(group);
            }
        } else if (target != null && !target.isKnown()) {
            Set<String> mentioned = ReferencedResources.of(rule.expr("security_group_id").orElseThrow(),
                    Set.of("aws_security_group", "aws_default_security_group"));
            for (Draft group : groups.values()) {
                if (mentioned.contains(baseAddress(group.address()))) {
                    targets.add(group);
                }
            }
            uncertainty = "the security group of " + instance.address() + " is not known";
        }
        List<SgRule> normalised = instance.type().equals("aws_security_group_rule")
                ? securityGroupRule(rule, instance.address()) : List.of(vpcRule(rule, instance));
        if (targets.isEmpty()) {
            addOutsideInput(instance, rule, target, normalised);
            return;
        }
        for (Draft group : targets) {
            for (SgRule sgRule : normalised) {
                group.rules().add(uncertainty == null ? sgRule : withUnknownProtocol(sgRule, uncertainty));
            }
            group.targetedByStandalone = true;
        }
    }

    /**
     * A rule on a group that is not in the input: its ingress is kept on a group standing for the rule alone, so
     * NET026 judges what the rule opens. Its egress is dropped (the group's other rules are not known, so no egress
     * question about it can be answered).
     */
    private void addOutsideInput(ResourceInstance instance, BlockReader rule, TfValue target, List<SgRule> rules) {
        if (target == null || target instanceof TfValue.Ref ref && isGroup(typeOf(ref.address()))) {
            return; // no target, or a group of the input that this mapping does not hold
        }
        List<SgRule> ingress = new ArrayList<>();
        for (SgRule sgRule : rules) {
            if (sgRule.direction() == Direction.INGRESS) {
                ingress.add(instance.standsForUnknownInstances() ? withUnknownProtocol(sgRule,
                        "count or for_each of " + instance.address() + " is not known") : sgRule);
            }
        }
        if (ingress.isEmpty()) {
            return;
        }
        String group = target instanceof TfValue.Str literal ? literal.value()
                : target instanceof TfValue.Ref ref ? ref.address() + "." + ref.attribute()
                : rule.expr("security_group_id").map(SecurityGroupMapper::written).orElse("?");
        outsideInput.add(new SecurityGroup(instance.address(), instance.type(), Value.known(group, target.location()),
                Value.absent(rule.location()), ingress, false, rule.location()));
    }

    /** An expression as a reader would name it: {@code module.eks.node_security_group_id}, or "an expression". */
    private static String written(dev.netlint.core.parse.hcl.HclExpr expr) {
        if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.Traversal t) {
            StringBuilder text = new StringBuilder(t.root());
            for (dev.netlint.core.parse.hcl.HclExpr.TraversalStep step : t.steps()) {
                if (step instanceof dev.netlint.core.parse.hcl.HclExpr.TraversalStep.GetAttr attr) {
                    text.append('.').append(attr.name());
                } else {
                    text.append("[…]");
                }
            }
            return text.toString();
        }
        return "an expression";
    }

    /** {@code aws_eks_cluster} of {@code module.a.aws_eks_cluster.main[0]}. */
    private static String typeOf(String address) {
        String[] parts = baseAddress(address).split("\\.");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (!parts[i].equals("module")) {
                return parts[i];
            }
        }
        return "";
    }

    private static String baseAddress(String address) {
        int bracket = address.indexOf('[');
        return bracket < 0 ? address : address.substring(0, bracket);
    }

    private static SgRule withUnknownProtocol(SgRule rule, String reason) {
        return new SgRule(rule.direction(), rule.origin(), Value.unknown(reason, rule.location()), rule.fromPort(),
                rule.toPort(), rule.ipv4Cidrs(), rule.ipv6Cidrs(), rule.securityGroupRefs(), rule.self(),
                rule.prefixListIds(), rule.address(), rule.location());
    }

    private void inlineRules(BlockReader group, String type, Direction direction, String address, List<SgRule> into) {
        BlockReader.NestedBlocks blocks = group.blocks(type);
        for (BlockReader block : blocks.known()) {
            into.add(new SgRule(direction, Origin.INLINE, protocol(block.string("protocol")),
                    block.integer("from_port"), block.integer("to_port"),
                    ModelValues.items(block.value("cidr_blocks"), ModelValues::string),
                    ModelValues.items(block.value("ipv6_cidr_blocks"), ModelValues::string),
                    ModelValues.items(block.reference("security_groups"), ModelValues::ref),
                    isTrue(block.bool("self")),
                    ModelValues.items(block.value("prefix_list_ids"), ModelValues::string),
                    address, block.location()));
        }
        for (Location unknown : blocks.unknown()) {
            into.add(unknownRule(direction, address, unknown));
        }
    }

    /** A rule from a {@code dynamic} block or list that cannot be resolved: every question about it is unknown. */
    private static SgRule unknownRule(Direction direction, String address, Location at) {
        String reason = "rules generated from a collection that is not known";
        return new SgRule(direction, Origin.INLINE, Value.unknown(reason, at), Value.unknown(reason, at),
                Value.unknown(reason, at), List.of(), List.of(), List.of(), false, List.of(), address, at);
    }

    /** One rule; or, when its {@code type} is not known, an unknown rule for each direction it may have. */
    private List<SgRule> securityGroupRule(BlockReader rule, String address) {
        Value<String> type = rule.string("type");
        String written = type.orNull();
        if (!"ingress".equals(written) && !"egress".equals(written)) {
            if (!type.isUnknown()) {
                return List.of(); // Terraform rejects any other type
            }
            String reason = "the type of " + address + " is not known";
            return List.of(withUnknownProtocol(securityGroupRule(rule, address, Direction.INGRESS), reason),
                    withUnknownProtocol(securityGroupRule(rule, address, Direction.EGRESS), reason));
        }
        return List.of(securityGroupRule(rule, address, "ingress".equals(written) ? Direction.INGRESS : Direction.EGRESS));
    }

    private SgRule securityGroupRule(BlockReader rule, String address, Direction direction) {
        List<Value<ResourceRef>> peers = new ArrayList<>();
        if (rule.has("source_security_group_id") && !rule.ref("source_security_group_id").isAbsent()) {
            peers.add(rule.ref("source_security_group_id")); // = null (a module's unused option) is no peer
        }
        return new SgRule(direction, Origin.SECURITY_GROUP_RULE, protocol(rule.string("protocol")),
                rule.integer("from_port"), rule.integer("to_port"),
                ModelValues.items(rule.value("cidr_blocks"), ModelValues::string),
                ModelValues.items(rule.value("ipv6_cidr_blocks"), ModelValues::string),
                peers, isTrue(rule.bool("self")),
                ModelValues.items(rule.value("prefix_list_ids"), ModelValues::string),
                address, rule.location());
    }

    private SgRule vpcRule(BlockReader rule, ResourceInstance instance) {
        Direction direction = instance.type().endsWith("_ingress_rule") ? Direction.INGRESS : Direction.EGRESS;
        // an argument set to null (a module's unused option) is no destination
        List<Value<String>> ipv4 = present(rule.string("cidr_ipv4"));
        List<Value<String>> ipv6 = present(rule.string("cidr_ipv6"));
        List<Value<ResourceRef>> peers = present(rule.ref("referenced_security_group_id"));
        List<Value<String>> prefixLists = present(rule.string("prefix_list_id"));
        return new SgRule(direction, Origin.VPC_SECURITY_GROUP_RULE, protocol(rule.string("ip_protocol")),
                rule.integer("from_port"), rule.integer("to_port"), ipv4, ipv6, peers, false, prefixLists,
                instance.address(), rule.location());
    }

    private static <T> List<Value<T>> present(Value<T> value) {
        return value.isAbsent() ? List.of() : List.of(value);
    }

    private static boolean isTrue(Value<Boolean> value) {
        return Boolean.TRUE.equals(value.orNull());
    }

    /** Normalises protocol names and numbers so that rules compare one spelling. */
    static Value<String> protocol(Value<String> written) {
        return written.map(SecurityGroupMapper::canonicalProtocol);
    }

    static String canonicalProtocol(String protocol) {
        String lower = protocol.trim().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "all", "-1" -> "-1";
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "58" -> "icmpv6";
            default -> lower;
        };
    }

    /** A group being assembled; its rule list grows as standalone rules are attached. */
    private static final class Draft {
        private final String address;
        private final String resourceType;
        private final Value<String> name;
        private final Value<ResourceRef> vpc;
        private final List<SgRule> rules;
        private final boolean inline;
        private final Location location;
        private boolean targetedByStandalone;

        Draft(String address, String resourceType, Value<String> name, Value<ResourceRef> vpc, List<SgRule> rules,
              boolean inline, Location location) {
            this.address = address;
            this.resourceType = resourceType;
            this.name = name;
            this.vpc = vpc;
            this.rules = rules;
            this.inline = inline;
            this.location = location;
        }

        String address() { return address; }
        String resourceType() { return resourceType; }
        Value<String> name() { return name; }
        Value<ResourceRef> vpc() { return vpc; }
        List<SgRule> rules() { return rules; }
        boolean inline() { return inline; }
        Location location() { return location; }
    }
}
