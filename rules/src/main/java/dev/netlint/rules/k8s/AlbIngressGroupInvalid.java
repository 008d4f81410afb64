package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.ingresses;

import dev.netlint.core.analysis.AlbIngressAnalysis;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.Violation;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** NET029 alb-ingress-group-invalid. Its bad and good examples: {@code dev/netlint/rules/examples/NET029/}. */
public final class AlbIngressGroupInvalid {

    private AlbIngressGroupInvalid() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET029", "alb-ingress-group-invalid");
        rule.severity(ERROR);
        rule.summary("An IngressGroup needs a valid name and order, and its Ingresses must agree on exclusive "
                + "settings");
        rule.notes("EKS-NETWORKING.md:180 \"We can also share ALB with multiple services by using the following "
                + "annotation: `alb.ingress.kubernetes.io/group.name: my-group`\"");
        rule.rationale("The AWS Load Balancer Controller (group_loader.go) accepts group names matching "
                + "^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$ of at most 63 characters and group.order integers from -1000 to "
                + "1000. Settings such as scheme, ip-address-type, subnets, security-groups, ssl-policy or "
                + "wafv2-acl-arn belong to the one ALB of a group: when two Ingresses of a group set different values, "
                + "the controller fails the whole group. A group that spans namespaces without an IngressClassParams "
                + "namespaceSelector lets any namespace change the shared ALB (info; the controller documentation "
                + "warns to group only within one trust boundary).");
        rule.fix("Use a lowercase DNS-label-like group name, an order from -1000 to 1000, and set each exclusive "
                + "annotation on one Ingress of the group only (or to the same value everywhere).");
        rule.docs("https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup");
        rule.example(Examples.of("NET029"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().be(haveAValidGroupNameAndOrder(-1000, 1000))
                .because("the controller rejects the Ingress otherwise"));
        rule.check(ingresses().that().areManagedByTheAlbController()
                .should().be(agreeWithTheirGroup())
                .because("one ALB cannot have two values of an exclusive setting"));
        return rule.build();
    }

    private static final String GROUP_ORDER = "alb.ingress.kubernetes.io/group.order";

    private static final Pattern GROUP_NAME = Pattern.compile("^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$");

    private static final String PREFIX = "alb.ingress.kubernetes.io/";

    /** Annotations whose value is one per ALB: Ingresses of one group must not disagree on them. */
    private static final List<String> EXCLUSIVE_ANNOTATIONS = List.of("scheme", "ip-address-type",
            "load-balancer-name", "subnets", "security-groups", "manage-backend-security-group-rules",
            "customer-owned-ipv4-pool", "load-balancer-attributes", "wafv2-acl-arn", "waf-acl-id",
            "shield-advanced-protection", "inbound-cidrs", "security-group-prefix-lists", "ssl-redirect",
            "ssl-policy", "mutual-authentication", "minimum-load-balancer-capacity", "ipam-ipv4-pool-id",
            "enable-frontend-nlb", "frontend-nlb-scheme", "frontend-nlb-subnets", "frontend-nlb-security-groups",
            "frontend-nlb-tags");

    /** "have a valid group name and order": the controller's regex, at most 63 characters, order in [from, to]. */
    private static Condition<Ingress> haveAValidGroupNameAndOrder(int lowestOrder, int highestOrder) {
        return new Condition<>("have a valid group name and order") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                Setting<String> group = AlbIngressAnalysis.of(ingress, context).group();
                if (group.isKnown() && !group.get().isEmpty() && !isValidGroupName(group.get())) {
                    events.violation(ingress, group.writtenAt().isPresent() ? () -> group.writtenAt().get() : ingress.meta()::metadataLocation,
                            ingress.describe() + " uses group name '" + group.get() + "' (" + group.origin()
                                    + "); a group name must match ^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$ and have at most 63 characters");
                }
                Value<String> order = ingress.meta().annotation(GROUP_ORDER);
                if (order.isKnown() && !isValidOrder(order.orNull(), lowestOrder, highestOrder)) {
                    events.violation(ingress, order, ingress.describe() + " sets " + GROUP_ORDER + " to '" + order.orNull()
                            + "'; it must be an integer from " + lowestOrder + " to " + highestOrder);
                }
            }
        };
    }

    private static boolean isValidGroupName(String name) {
        return name.length() <= 63 && GROUP_NAME.matcher(name).matches();
    }

    private static boolean isValidOrder(String order, int lowest, int highest) {
        try {
            int value = Integer.parseInt(order.trim());
            return value >= lowest && value <= highest;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * "agree with their group on exclusive settings" (NET029 c and d): Ingresses of one explicit group that set an
     * exclusive annotation to different values make the controller fail the whole group (error); a group across
     * namespaces with no namespaceSelector crosses a trust boundary (info).
     */
    private static Condition<Ingress> agreeWithTheirGroup() {
        return new Condition<>("agree with the other Ingresses of their group on exclusive settings") {
            @Override
            public void check(Ingress ingress, EvalContext context, ConditionEvents events) {
                AlbIngressAnalysis alb = AlbIngressAnalysis.of(ingress, context);
                Setting<String> group = alb.group();
                if (!group.isKnown() || group.get().isEmpty()) {
                    return;
                }
                Map<String, List<Member>> groups = events.state(this, LinkedHashMap::new);
                boolean namespaceSelector = alb.params().map(p -> p.hasNamespaceSelector()).orElse(false);
                groups.computeIfAbsent(group.get(), k -> new ArrayList<>()).add(new Member(ingress, namespaceSelector));
            }

            @Override
            public void finish(EvalContext context, ConditionEvents events) {
                Map<String, List<Member>> groups = events.state(this, LinkedHashMap::new);
                for (Map.Entry<String, List<Member>> group : groups.entrySet()) {
                    reportConflicts(group.getKey(), group.getValue(), events);
                    reportNamespaces(group.getKey(), group.getValue(), events);
                }
            }
        };
    }

    private record Member(Ingress ingress, boolean namespaceSelector) {}

    private static void reportConflicts(String group, List<Member> members, ConditionEvents events) {
        for (String shortName : EXCLUSIVE_ANNOTATIONS) {
            String key = PREFIX + shortName;
            Map<String, List<Member>> byValue = new LinkedHashMap<>();
            for (Member member : members) {
                Value<String> value = member.ingress().meta().annotation(key);
                if (value.isKnown()) {
                    byValue.computeIfAbsent(value.orNull().trim(), k -> new ArrayList<>()).add(member);
                }
            }
            if (byValue.size() < 2) {
                continue;
            }
            for (Map.Entry<String, List<Member>> entry : byValue.entrySet()) {
                for (Member member : entry.getValue()) {
                    List<RelatedLocation> others = new ArrayList<>();
                    byValue.forEach((otherValue, otherMembers) -> {
                        if (!otherValue.equals(entry.getKey())) {
                            otherMembers.forEach(o -> others.add(new RelatedLocation(
                                    o.ingress().meta().annotation(key).location(),
                                    o.ingress().describe() + " sets " + shortName + ": " + otherValue)));
                        }
                    });
                    events.add(new Violation(member.ingress(), member.ingress().meta().annotation(key).location(),
                            member.ingress().describe() + " sets " + key + ": " + entry.getKey()
                                    + ", but other Ingresses of group '" + group + "' set other values; "
                                    + "the controller fails the whole group", others, null));
                }
            }
        }
    }

    private static void reportNamespaces(String group, List<Member> members, ConditionEvents events) {
        TreeSet<String> namespaces = new TreeSet<>();
        members.forEach(m -> namespaces.add(m.ingress().namespace()));
        if (namespaces.size() < 2 || members.stream().anyMatch(Member::namespaceSelector)) {
            return;
        }
        Member first = members.get(0);
        events.add(new Violation(first.ingress(), first.ingress().meta().metadataLocation(),
                first.ingress().describe() + " is in group '" + group + "', which spans namespaces " + String.join(", ", namespaces)
                        + " with no IngressClassParams namespaceSelector; any namespace can join it and change the shared ALB",
                members.stream().skip(1).limit(3).map(m -> new RelatedLocation(m.ingress().meta().metadataLocation(),
                        m.ingress().describe() + " is in the group")).toList(),
                Severity.INFO));
    }
}
