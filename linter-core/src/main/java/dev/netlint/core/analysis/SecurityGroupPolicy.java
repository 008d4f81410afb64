package dev.netlint.core.analysis;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code vpcresources.k8s.aws} SecurityGroupPolicy: security groups for the pods it selects, in its own namespace.
 * Both selectors must match when both are given; an empty {@code podSelector: {}} selects every pod (RULES.md NET018,
 * after the resource controller's helper.go).
 */
public record SecurityGroupPolicy(GenericK8sObject object, PMap podSelector, PMap serviceAccountSelector,
                                  boolean hasPodSelector, boolean hasServiceAccountSelector,
                                  List<Value<String>> groupIds, Location groupIdsLocation, boolean groupIdsWritten)
        implements ModelElement {

    /** The workspace's SecurityGroupPolicies, read once per run. */
    public static List<SecurityGroupPolicy> all(AnalysisContext context) {
        return context.workspace().derived(SecurityGroupPolicy.class, () -> {
            List<SecurityGroupPolicy> policies = new ArrayList<>();
            for (GenericK8sObject object : context.workspace().otherK8sObjects("SecurityGroupPolicy")) {
                if (object.meta().apiVersion().startsWith("vpcresources.k8s.aws/")) {
                    policies.add(read(object));
                }
            }
            return List.copyOf(policies);
        });
    }

    private static SecurityGroupPolicy read(GenericK8sObject object) {
        PMap spec = object.document().map("spec");
        PMap pods = spec == null ? null : spec.map("podSelector");
        PMap accounts = spec == null ? null : spec.map("serviceAccountSelector");
        PNode groups = spec == null ? null : spec.at("securityGroups", "groupIds");
        List<Value<String>> ids = new ArrayList<>();
        if (groups != null && groups.asList() != null) {
            for (PNode id : groups.asList().items()) {
                ids.add(id.asScalar() == null ? Value.unknown("not a scalar", id.location())
                        : Value.known(id.asScalar().text(), id.location()));
            }
        }
        Location idsAt = groups != null ? groups.location()
                : spec != null ? spec.location() : object.location();
        return new SecurityGroupPolicy(object, pods, accounts,
                spec != null && spec.get("podSelector") != null, spec != null && spec.get("serviceAccountSelector") != null,
                ids, idsAt, groups != null);
    }

    @Override
    public Location location() {
        return object.location();
    }

    @Override
    public String describe() {
        return object.describe();
    }

    /** Whether the policy applies to a workload's pods (UNKNOWN when a service account it needs is not in the input). */
    public Tri selects(PodTemplate pods, AnalysisContext context) {
        if (!pods.namespace().equals(object.namespace())) {
            return Tri.FALSE;
        }
        Tri result = Tri.TRUE;
        if (hasPodSelector) {
            result = result.and(matches(podSelector, pods.labels()));
        }
        if (hasServiceAccountSelector) {
            // an unknown account matches no ServiceAccount of the input, so the match stays UNKNOWN
            Value<String> account = pods.serviceAccountName().orElse("default");
            Tri accountMatch = context.workspace().otherK8sObjects("ServiceAccount").stream()
                    .filter(o -> o.namespace().equals(pods.namespace())
                            && account.test(o.name()::equals).isTrue())
                    .findFirst()
                    .map(sa -> matches(serviceAccountSelector, sa.meta().labels()))
                    .orElse(Tri.UNKNOWN);
            result = result.and(accountMatch);
        }
        return hasPodSelector || hasServiceAccountSelector ? result : Tri.FALSE;
    }

    /** Kubernetes label selector semantics: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
    static Tri matches(PMap selector, Map<String, Value<String>> labels) {
        if (selector == null) {
            return Tri.TRUE; // {} or null selects everything
        }
        Tri result = Tri.TRUE;
        PMap matchLabels = selector.map("matchLabels");
        if (matchLabels != null) {
            for (PMap.Entry entry : matchLabels.entries().values()) {
                String wanted = entry.value().asScalar() == null ? null : entry.value().asScalar().text();
                Value<String> actual = labels.get(entry.key());
                result = result.and(actual == null ? Tri.FALSE : actual.test(v -> v.equals(wanted)));
            }
        }
        PList expressions = selector.list("matchExpressions");
        if (expressions != null) {
            for (PNode node : expressions.items()) {
                PMap e = node.asMap();
                if (e == null) {
                    return Tri.UNKNOWN;
                }
                result = result.and(expression(e, labels));
            }
        }
        return result;
    }

    private static Tri expression(PMap e, Map<String, Value<String>> labels) {
        Value<String> actual = labels.get(e.text("key"));
        List<String> values = new ArrayList<>();
        if (e.list("values") != null) {
            e.list("values").items().forEach(v -> values.add(v.asScalar() == null ? "" : v.asScalar().text()));
        }
        String operator = e.text("operator") == null ? "" : e.text("operator");
        return switch (operator) {
            case "In" -> actual == null ? Tri.FALSE : actual.test(values::contains);
            case "NotIn" -> actual == null ? Tri.TRUE : actual.test(v -> !values.contains(v));
            case "Exists" -> Tri.of(actual != null);
            case "DoesNotExist" -> Tri.of(actual == null);
            default -> Tri.UNKNOWN;
        };
    }
}
