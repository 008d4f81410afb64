package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclBody;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.k8s.K8sMapper;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes objects written in Terraform with the kubernetes provider, turned into the manifest they stand for and
 * mapped by {@link K8sMapper}, so the same rules lint them as their YAML twins and findings point into the
 * {@code .tf} file:
 * <ul>
 *   <li>{@code kubernetes_manifest}: its {@code manifest} object, as written (Kubernetes field names), or the YAML
 *   it decodes ({@code yamldecode(...)}), and {@code kubectl_manifest}'s {@code yaml_body}: see
 *   {@link YamlManifests};</li>
 *   <li>the typed resources ({@code kubernetes_service_v1}, {@code kubernetes_ingress_v1},
 *   {@code kubernetes_ingress_class_v1}, {@code kubernetes_deployment_v1}, {@code kubernetes_daemon_set_v1}, ...
 *   and their names without {@code _v1}): their {@code metadata}/{@code spec} blocks, with the provider's
 *   snake_case names turned into Kubernetes' camelCase ones and repeated blocks ({@code port}, {@code rule},
 *   {@code path}) into lists ({@code ports}, {@code rules}, {@code paths}).</li>
 * </ul>
 * Every scalar is located at the expression that wrote it; a key at its attribute or block. A value netlint cannot
 * work out ({@code var.port} without a value, a computed attribute) stays unknown ({@link PScalar#unknown}), so no
 * rule fires on it; {@code dynamic} blocks are not expanded (what they write is left out, never guessed).
 */
final class KubernetesResourceMapper {

    /** apiVersion and kind of a typed resource. */
    private record Kind(String apiVersion, String kind) {}

    private static final Map<String, Kind> TYPED = typed();

    private static Map<String, Kind> typed() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        versioned(kinds, "kubernetes_service", "v1", "Service");
        kinds.put("kubernetes_ingress", new Kind("networking.k8s.io/v1beta1", "Ingress"));
        kinds.put("kubernetes_ingress_v1", new Kind("networking.k8s.io/v1", "Ingress"));
        versioned(kinds, "kubernetes_ingress_class", "networking.k8s.io/v1", "IngressClass");
        versioned(kinds, "kubernetes_network_policy", "networking.k8s.io/v1", "NetworkPolicy");
        versioned(kinds, "kubernetes_deployment", "apps/v1", "Deployment");
        kinds.put("kubernetes_daemonset", new Kind("apps/v1", "DaemonSet"));
        kinds.put("kubernetes_daemon_set_v1", new Kind("apps/v1", "DaemonSet"));
        versioned(kinds, "kubernetes_stateful_set", "apps/v1", "StatefulSet");
        versioned(kinds, "kubernetes_pod", "v1", "Pod");
        versioned(kinds, "kubernetes_service_account", "v1", "ServiceAccount");
        versioned(kinds, "kubernetes_config_map", "v1", "ConfigMap");
        versioned(kinds, "kubernetes_namespace", "v1", "Namespace");
        return Map.copyOf(kinds);
    }

    private static void versioned(Map<String, Kind> kinds, String type, String apiVersion, String kind) {
        kinds.put(type, new Kind(apiVersion, kind));
        kinds.put(type + "_v1", new Kind(apiVersion, kind));
    }

    /**
     * Nested blocks the provider repeats where Kubernetes has a list, by block name: the Kubernetes field name.
     * Blocks not listed here are single objects ({@code metadata}, {@code spec}, {@code backend}).
     */
    private static final Map<String, String> LIST_BLOCKS = Map.ofEntries(
            Map.entry("port", "ports"), Map.entry("rule", "rules"), Map.entry("path", "paths"),
            Map.entry("tls", "tls"), Map.entry("container", "containers"),
            Map.entry("init_container", "initContainers"), Map.entry("env", "env"), Map.entry("env_from", "envFrom"),
            Map.entry("volume", "volumes"), Map.entry("volume_mount", "volumeMounts"),
            Map.entry("toleration", "tolerations"), Map.entry("ingress", "ingress"), Map.entry("egress", "egress"),
            Map.entry("from", "from"), Map.entry("to", "to"), Map.entry("match_expressions", "matchExpressions"),
            Map.entry("node_selector_term", "nodeSelectorTerms"), Map.entry("image_pull_secrets", "imagePullSecrets"),
            Map.entry("host_aliases", "hostAliases"), Map.entry("secret", "secrets"));

    /** Field names whose camelCase form Kubernetes spells differently. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("external_ips", "externalIPs"), Map.entry("cluster_ip", "clusterIP"),
            Map.entry("cluster_ips", "clusterIPs"), Map.entry("load_balancer_ip", "loadBalancerIP"),
            Map.entry("node_selector_term", "nodeSelectorTerms"),
            Map.entry("required_during_scheduling_ignored_during_execution",
                    "requiredDuringSchedulingIgnoredDuringExecution"));

    /** Attributes whose value is a map with keys of Kubernetes' own (annotations, labels, selectors, data). */
    private static final Set<String> VERBATIM_KEYS = Set.of("annotations", "labels", "selector", "node_selector",
            "match_labels", "data", "binary_data", "limits", "requests");

    /** Resource settings that belong to Terraform or the provider, not to the object. */
    private static final Set<String> NOT_FIELDS = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "timeouts", "wait_for_load_balancer", "wait_for_rollout", "wait_for_default_service_account",
            "field_manager", "wait", "computed_fields", "object", "immutable");

    private final TfEvaluator evaluator;
    private final K8sMapper k8s = new K8sMapper();
    private final YamlManifests yaml = new YamlManifests();

    KubernetesResourceMapper(TfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** YAML text refused for going beyond a limit of netlint's YAML reader. */
    List<ParseProblem> refusals() {
        return List.copyOf(yaml.refusals());
    }

    static boolean isKubernetes(String type) {
        return type.equals("kubernetes_manifest") || type.equals("kubectl_manifest") || TYPED.containsKey(type);
    }

    /** The model elements one resource instance stands for (none when its object cannot be read). */
    List<ModelElement> map(ResourceInstance instance) {
        TfEvaluator reader = instance.evaluator() != null ? instance.evaluator() : evaluator;
        List<PMap> objects;
        if (instance.type().equals("kubectl_manifest")) {
            objects = yaml.kubectl(instance, reader);
        } else if (instance.type().equals("kubernetes_manifest")) {
            objects = yaml.decoded(instance, reader).orElseGet(() -> manifest(reader, instance));
        } else {
            objects = List.of(typed(reader, instance, TYPED.get(instance.type())));
        }
        List<ModelElement> elements = new ArrayList<>();
        objects.forEach(object -> elements.addAll(k8s.map(object)));
        return elements;
    }

    private static List<PMap> manifest(TfEvaluator reader, ResourceInstance instance) {
        Optional<HclAttribute> manifest = instance.block().body().attribute("manifest");
        if (manifest.isEmpty()) {
            return List.of();
        }
        PMap object = object(reader, instance, manifest.get().expr());
        return object == null ? List.of() : List.of(object);
    }

    /**
     * An object written in HCL ({@code manifest = {...}}, {@code yaml_body = yamlencode({...})}) as a manifest
     * tree, located at the resource block as a whole; null when it is not an object.
     */
    static PMap object(TfEvaluator reader, ResourceInstance instance, HclExpr expr) {
        PNode node = node(expr, reader.evaluate(expr, instance.bindings()), true);
        PMap object = node.asMap();
        return object == null ? null : new PMap(List.copyOf(object.entries().values()), instance.block().location());
    }

    private static PMap typed(TfEvaluator reader, ResourceInstance instance, Kind kind) {
        HclBody body = instance.block().body();
        Location at = instance.block().location();
        List<PMap.Entry> entries = new ArrayList<>();
        entries.add(new PMap.Entry("apiVersion", at, new PScalar(kind.apiVersion(), PScalar.Kind.STRING, at)));
        entries.add(new PMap.Entry("kind", at, new PScalar(kind.kind(), PScalar.Kind.STRING, at)));
        entries.addAll(body(reader, instance, body, at, true).entries().values());
        return new PMap(entries, at);
    }

    private static PMap body(TfEvaluator reader, ResourceInstance instance, HclBody body, Location at, boolean top) {
        List<PMap.Entry> entries = new ArrayList<>();
        for (HclAttribute attribute : body.attributes()) {
            if (top && NOT_FIELDS.contains(attribute.name())) {
                continue;
            }
            TfValue value = reader.evaluate(attribute.expr(), instance.bindings());
            addField(entries, attribute.name(), attribute.location(), node(attribute.expr(), value, true));
        }
        Map<String, List<HclBlock>> byType = new LinkedHashMap<>();
        for (HclBlock block : body.blocks()) {
            if (!block.type().equals("dynamic") && !(top && NOT_FIELDS.contains(block.type()))) {
                byType.computeIfAbsent(block.type(), k -> new ArrayList<>()).add(block);
            }
        }
        for (Map.Entry<String, List<HclBlock>> group : byType.entrySet()) {
            String listName = LIST_BLOCKS.get(group.getKey());
            HclBlock first = group.getValue().get(0);
            if (listName != null) {
                List<PNode> items = new ArrayList<>();
                for (HclBlock block : group.getValue()) {
                    items.add(body(reader, instance, block.body(), block.location(), false));
                }
                entries.add(new PMap.Entry(listName, first.location(), new PList(items, first.location())));
            } else {
                entries.add(new PMap.Entry(fieldName(group.getKey()), first.location(),
                        body(reader, instance, first.body(), first.location(), false)));
            }
        }
        return new PMap(entries, at);
    }

    /**
     * One field of a typed resource written as an attribute, with the provider's names turned into Kubernetes' ones
     * below it too. A list of objects is a block written as an attribute ({@code port = [{...}]}, and how a plan
     * holds every block): a list field when Kubernetes has one ({@link #LIST_BLOCKS}), else its single object.
     */
    private static void addField(List<PMap.Entry> entries, String name, Location keyAt, PNode value) {
        String field = fieldName(name);
        if (VERBATIM_KEYS.contains(name)) {
            entries.add(new PMap.Entry(field, keyAt, value));
            return;
        }
        String listName = LIST_BLOCKS.get(name);
        if (value instanceof PList list && list.items().stream().allMatch(i -> i instanceof PMap)) {
            if (listName != null) {
                entries.add(new PMap.Entry(listName, keyAt, new PList(
                        list.items().stream().map(i -> (PNode) renamed((PMap) i)).toList(), list.location())));
            } else if (!list.items().isEmpty()) {
                entries.add(new PMap.Entry(field, keyAt, renamed((PMap) list.items().get(0))));
            }
            return;
        }
        entries.add(new PMap.Entry(field, keyAt, value instanceof PMap map ? renamed(map) : value));
    }

    private static PMap renamed(PMap map) {
        List<PMap.Entry> entries = new ArrayList<>();
        for (PMap.Entry entry : map.entries().values()) {
            addField(entries, entry.key(), entry.keyLocation(), entry.value());
        }
        return new PMap(entries, map.location());
    }

    /** {@code external_traffic_policy} → {@code externalTrafficPolicy}. */
    static String fieldName(String snake) {
        String special = NAMES.get(snake);
        if (special != null) {
            return special;
        }
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * A value as a manifest tree. {@code expr} is the expression that wrote it when the value is written literally
     * (an object or tuple constructor), so keys and items keep their own places; otherwise (a variable, a function
     * call) everything inside is located at the expression.
     */
    static PNode node(HclExpr expr, TfValue value, boolean relocate) {
        HclExpr written = unwrap(expr);
        Location at = written != null && relocate ? written.location() : value.location();
        if (value instanceof TfValue.MapV map) {
            Map<String, HclExpr.ObjectItem> items = new LinkedHashMap<>();
            if (written instanceof HclExpr.ObjectCons object) {
                for (HclExpr.ObjectItem item : object.items()) {
                    keyText(item.key()).ifPresent(key -> items.putIfAbsent(key, item));
                }
            }
            List<PMap.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, TfValue> entry : map.entries().entrySet()) {
                HclExpr.ObjectItem item = items.get(entry.getKey());
                Location keyAt = item != null ? item.key().location() : at;
                entries.add(new PMap.Entry(entry.getKey(), keyAt,
                        node(item != null ? item.value() : null, entry.getValue(), item != null)));
            }
            return new PMap(entries, at);
        }
        if (value instanceof TfValue.ListV list) {
            List<HclExpr> written2 = written instanceof HclExpr.TupleCons tuple
                    && tuple.items().size() == list.items().size() ? tuple.items() : null;
            List<PNode> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(node(written2 != null ? written2.get(i) : null, list.items().get(i), written2 != null));
            }
            return new PList(items, at);
        }
        if (value instanceof TfValue.Str s) {
            return new PScalar(s.value(), PScalar.Kind.STRING, at);
        }
        if (value instanceof TfValue.Num n) {
            return new PScalar(n.text(), PScalar.Kind.NUMBER, at);
        }
        if (value instanceof TfValue.Bool b) {
            return new PScalar(String.valueOf(b.value()), PScalar.Kind.BOOLEAN, at);
        }
        if (value instanceof TfValue.Null) {
            return new PScalar("null", PScalar.Kind.NULL, at);
        }
        if (value instanceof TfValue.Ref ref) {
            String text = ref.address() + "." + ref.attribute();
            return PScalar.unknown("${" + text + "}", text + " is known only after apply", at);
        }
        TfValue.Unknown unknown = (TfValue.Unknown) value;
        return PScalar.unknown("${" + written(written) + "}", unknown.reason(), at);
    }

    private static Optional<String> keyText(HclExpr key) {
        HclExpr k = unwrap(key);
        if (k instanceof HclExpr.Literal literal && literal.value() instanceof String text) {
            return Optional.of(text);
        }
        if (k instanceof HclExpr.Traversal traversal && traversal.steps().isEmpty()) {
            return Optional.of(traversal.root()); // a bare word key: { type = "LoadBalancer" }
        }
        if (k instanceof HclExpr.Template template && template.parts().size() == 1
                && template.parts().get(0) instanceof HclExpr.Literal literal && literal.value() instanceof String text) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    static HclExpr unwrap(HclExpr expr) {
        HclExpr current = expr;
        while (current instanceof HclExpr.Parenthesized p) {
            current = p.inner();
        }
        return current;
    }

    /** An expression as a reader would name it: {@code var.port}, {@code local.ns}, else "...". */
    static String written(HclExpr expr) {
        HclExpr e = expr instanceof HclExpr.Template t && t.parts().size() == 1 ? t.parts().get(0) : expr;
        if (e instanceof HclExpr.Traversal t) {
            StringBuilder text = new StringBuilder(t.root());
            for (HclExpr.TraversalStep step : t.steps()) {
                text.append(step instanceof HclExpr.TraversalStep.GetAttr attr ? "." + attr.name() : "[…]");
            }
            return text.toString();
        }
        if (e instanceof HclExpr.FunctionCall call) {
            return call.name().toLowerCase(Locale.ROOT) + "(…)";
        }
        return "…";
    }
}
