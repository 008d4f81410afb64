package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksAddon;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.EksNodeTies;
import dev.netlint.core.model.aws.FargateProfile;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.NodeGroup.Kind;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.source.Location;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * EKS clusters, the worker nodes ({@code aws_eks_node_group}, {@code aws_autoscaling_group}, {@code aws_instance})
 * and launch templates. A node group names its cluster and launch template by id or by name; a literal name that
 * matches the {@code name} of a cluster or template of the module resolves to that resource.
 */
final class ComputeMapper {

    private final TfEvaluator evaluator;
    private final Map<String, String> clustersByName = new TreeMap<>();
    private final Map<String, String> templatesByName = new TreeMap<>();

    ComputeMapper(TfEvaluator evaluator, List<ResourceInstance> clusters, List<ResourceInstance> templates) {
        this.evaluator = evaluator;
        index(clusters, clustersByName);
        index(templates, templatesByName);
    }

    private void index(List<ResourceInstance> instances, Map<String, String> byName) {
        for (ResourceInstance instance : instances) {
            TfValue name = BlockReader.of(evaluator, instance).value("name");
            TfFunctions.asText(name == null ? new TfValue.Null(instance.block().location()) : name)
                    .ifPresent(n -> byName.putIfAbsent(n, instance.address()));
        }
    }

    EksCluster cluster(ResourceInstance instance) {
        BlockReader cluster = BlockReader.of(evaluator, instance);
        BlockReader vpc = cluster.block("vpc_config").orElse(emptyAt(cluster.location()));
        BlockReader network = cluster.block("kubernetes_network_config").orElse(emptyAt(cluster.location()));
        return new EksCluster(instance.address(), cluster.string("name"),
                vpc.bool("endpoint_public_access"), vpc.bool("endpoint_private_access"),
                vpc.strings("public_access_cidrs"), vpc.refs("subnet_ids"), vpc.refs("security_group_ids"),
                network.string("ip_family"), network.string("service_ipv4_cidr"), autoMode(cluster, network),
                vpc.location(), cluster.location());
    }

    /** EKS Auto Mode's load balancing: {@code elastic_load_balancing.enabled}, else {@code compute_config.enabled}. */
    private static Value<Boolean> autoMode(BlockReader cluster, BlockReader network) {
        Optional<BlockReader> loadBalancing = network.block("elastic_load_balancing");
        if (loadBalancing.isPresent() && loadBalancing.get().has("enabled")) {
            return loadBalancing.get().bool("enabled");
        }
        return cluster.block("compute_config").map(c -> c.bool("enabled")).orElse(Value.absent(cluster.location()));
    }

    NodeGroup managedNodeGroup(ResourceInstance instance) {
        BlockReader group = BlockReader.of(evaluator, instance);
        Value<ResourceRef> cluster = named(group.reference("cluster_name"), clustersByName, group.location());
        Value<ResourceRef> template = group.block("launch_template")
                .map(lt -> templateRef(lt, "id", "name"))
                .orElse(Value.absent(group.location()));
        return new NodeGroup(instance.address(), Kind.MANAGED_NODE_GROUP, cluster, group.refs("subnet_ids"),
                group.strings("instance_types"), group.string("ami_type"), group.stringMap("labels"), template,
                Value.absent(group.location()), group.location());
    }

    NodeGroup autoscalingGroup(ResourceInstance instance) {
        BlockReader group = BlockReader.of(evaluator, instance);
        Optional<BlockReader> direct = group.block("launch_template");
        Value<ResourceRef> template;
        if (direct.isPresent()) {
            template = templateRef(direct.get(), "id", "name");
        } else {
            template = group.block("mixed_instances_policy")
                    .flatMap(policy -> policy.block("launch_template"))
                    .flatMap(lt -> lt.block("launch_template_specification"))
                    .map(spec -> templateRef(spec, "launch_template_id", "launch_template_name"))
                    .orElse(Value.absent(group.location()));
        }
        List<String> ties = new ArrayList<>();
        for (BlockReader tag : group.blocks("tag").known()) {
            String key = tag.string("key").orNull();
            if (key != null && key.startsWith(EksNodeTies.CLUSTER_TAG)) {
                ties.add("tag " + key);
            } else if (key == null) {
                tag.written("key").map(ComputeMapper::writtenClusterTag).ifPresent(ties::add);
            }
        }
        clusterTags(group, "tags", ties); // the older list-of-maps form: [{key = ..., value = ...}]
        return new NodeGroup(instance.address(), Kind.AUTOSCALING_GROUP, Value.absent(group.location()),
                group.refs("vpc_zone_identifier"), overrideInstanceTypes(group), Value.absent(group.location()),
                Map.of(), template, Value.absent(group.location()), group.location(), ties);
    }

    /**
     * {@code mixed_instances_policy.launch_template.override[].instance_type}: absent when no override names a type
     * (the launch template's type applies), unknown when an override cannot be read or its type is not known.
     */
    private static Value<List<Value<String>>> overrideInstanceTypes(BlockReader group) {
        Optional<BlockReader> launchTemplate = group.block("mixed_instances_policy")
                .flatMap(policy -> policy.block("launch_template"));
        if (launchTemplate.isEmpty()) {
            return Value.absent(group.location());
        }
        BlockReader.NestedBlocks overrides = launchTemplate.get().blocks("override");
        if (!overrides.unknown().isEmpty()) {
            return Value.unknown("overrides from a collection that is not known", overrides.unknown().get(0));
        }
        List<Value<String>> types = new ArrayList<>();
        for (BlockReader override : overrides.known()) {
            if (override.has("instance_type")) {
                types.add(override.string("instance_type"));
            }
        }
        return types.isEmpty() ? Value.absent(group.location())
                : Value.known(List.copyOf(types), types.get(0).location());
    }

    /**
     * An {@code aws_eks_addon}: its cluster (by name, as node groups name theirs), name, version and the
     * {@code configuration_values} JSON text ({@code jsonencode} is evaluated).
     */
    EksAddon addon(ResourceInstance instance) {
        BlockReader addon = BlockReader.of(evaluator, instance);
        return new EksAddon(instance.address(),
                named(addon.reference("cluster_name"), clustersByName, addon.location()),
                addon.string("addon_name"), addon.string("addon_version"), addon.string("configuration_values"),
                addon.location());
    }

    FargateProfile fargateProfile(ResourceInstance instance) {
        BlockReader profile = BlockReader.of(evaluator, instance);
        return new FargateProfile(instance.address(),
                named(profile.reference("cluster_name"), clustersByName, profile.location()), profile.location());
    }

    NodeGroup instance(ResourceInstance instance) {
        BlockReader node = BlockReader.of(evaluator, instance);
        Value<ResourceRef> template = node.block("launch_template")
                .map(lt -> templateRef(lt, "id", "name"))
                .orElse(Value.absent(node.location()));
        List<String> ties = new ArrayList<>();
        clusterTags(node, "tags", ties);
        String joins = EksNodeTies.joinsACluster(node.string("user_data").orNull());
        if (joins == null) {
            joins = EksNodeTies.joinsACluster(decoded(node.string("user_data_base64")).orNull());
        }
        if (joins != null) {
            ties.add(joins);
        }
        return new NodeGroup(instance.address(), Kind.INSTANCE, Value.absent(node.location()),
                singleton(node.ref("subnet_id")), singleton(node.string("instance_type")),
                Value.absent(node.location()), Map.of(), template, node.refs("vpc_security_group_ids"),
                node.location(), ties);
    }

    LaunchTemplate launchTemplate(ResourceInstance instance) {
        BlockReader template = BlockReader.of(evaluator, instance);
        List<Value<List<Value<ResourceRef>>>> parts = new ArrayList<>();
        if (template.has("vpc_security_group_ids")) {
            parts.add(template.refs("vpc_security_group_ids"));
        }
        BlockReader.NestedBlocks interfaces = template.blocks("network_interfaces");
        for (BlockReader networkInterface : interfaces.known()) {
            if (networkInterface.has("security_groups")) {
                parts.add(networkInterface.refs("security_groups"));
            }
        }
        for (Location unknown : interfaces.unknown()) {
            parts.add(Value.unknown("network interfaces from a collection that is not known", unknown));
        }
        List<String> ties = new ArrayList<>();
        clusterTags(template, "tags", ties);
        for (BlockReader specification : template.blocks("tag_specifications").known()) {
            clusterTags(specification, "tags", ties);
        }
        return new LaunchTemplate(instance.address(), template.string("name"),
                ModelValues.union(parts, template.location()), template.string("instance_type"),
                template.string("image_id"), userData(template), template.location(), ties);
    }

    /**
     * The {@code kubernetes.io/cluster/<name>} keys of a tags map ({@code tags = {...}}), or of a list of
     * {@code {key = ..., value = ...}} maps, added to {@code ties}. Tags that cannot be evaluated tie nothing.
     */
    private void clusterTags(BlockReader block, String attribute, List<String> ties) {
        int before = ties.size();
        evaluatedClusterTags(block, attribute, ties);
        if (ties.size() == before) {
            // a key whose cluster name is not known ("kubernetes.io/cluster/${var.cluster_name}") still says that
            // the resource belongs to a cluster: the text as written is enough
            block.written(attribute).map(ComputeMapper::writtenClusterTag).ifPresent(ties::add);
        }
    }

    /** The first string in an expression, at any depth, that starts with the cluster tag prefix, as written. */
    private static String writtenClusterTag(dev.netlint.core.parse.hcl.HclExpr expr) {
        if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.Literal literal
                && literal.value() instanceof String text && text.startsWith(EksNodeTies.CLUSTER_TAG)) {
            return "tag " + text;
        }
        if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.Template template && !template.parts().isEmpty()
                && template.parts().get(0) instanceof dev.netlint.core.parse.hcl.HclExpr.Literal first
                && first.value() instanceof String text && text.startsWith(EksNodeTies.CLUSTER_TAG)) {
            return "tag " + text + "...";
        }
        List<dev.netlint.core.parse.hcl.HclExpr> inner = new ArrayList<>();
        if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.ObjectCons object) {
            object.items().forEach(item -> {
                inner.add(item.key());
                inner.add(item.value());
            });
        } else if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.TupleCons tuple) {
            inner.addAll(tuple.items());
        } else if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.FunctionCall call) {
            inner.addAll(call.arguments());
        } else if (expr instanceof dev.netlint.core.parse.hcl.HclExpr.Parenthesized parenthesized) {
            inner.add(parenthesized.inner());
        }
        for (dev.netlint.core.parse.hcl.HclExpr part : inner) {
            String found = writtenClusterTag(part);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void evaluatedClusterTags(BlockReader block, String attribute, List<String> ties) {
        TfValue tags = block.value(attribute);
        if (tags instanceof TfValue.MapV map) {
            for (String key : map.entries().keySet()) {
                if (key.startsWith(EksNodeTies.CLUSTER_TAG)) {
                    ties.add("tag " + key);
                }
            }
        } else if (tags instanceof TfValue.ListV list) {
            for (TfValue item : list.items()) {
                if (item instanceof TfValue.MapV entry && entry.entries().get("key") instanceof TfValue.Str key
                        && key.value().startsWith(EksNodeTies.CLUSTER_TAG)) {
                    ties.add("tag " + key.value());
                }
            }
        }
    }

    /** {@code user_data} must be base64 in a launch template; the model carries the decoded script. */
    private static Value<String> userData(BlockReader template) {
        return decoded(template.string("user_data"));
    }

    /** A base64 setting decoded as UTF-8 text; kept as written when it is not base64. */
    private static Value<String> decoded(Value<String> written) {
        if (!(written instanceof Value.Known<String> known)) {
            return written;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(known.value());
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Value.known(decoded, known.location());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return written; // not base64: kept as written
        }
    }

    private Value<ResourceRef> templateRef(BlockReader launchTemplate, String idName, String nameName) {
        if (launchTemplate.has(idName)) {
            return launchTemplate.ref(idName);
        }
        return named(launchTemplate.reference(nameName), templatesByName, launchTemplate.location());
    }

    /** A reference by id or name; a literal name found in {@code byName} becomes a reference to that resource. */
    private static Value<ResourceRef> named(TfValue value, Map<String, String> byName, Location absentAt) {
        if (value == null) {
            return Value.absent(absentAt);
        }
        if (value instanceof TfValue.Str name && byName.containsKey(name.value())) {
            return Value.known(ResourceRef.toResource(byName.get(name.value()), "name"), value.location());
        }
        return ModelValues.ref(value);
    }

    private static <T> Value<List<Value<T>>> singleton(Value<T> value) {
        if (value instanceof Value.Known<T> known) {
            return Value.known(List.of(value), known.location());
        }
        return value instanceof Value.Unknown<T> unknown ? Value.unknown(unknown.reason(), unknown.location())
                : Value.absent(value.location());
    }

    private BlockReader emptyAt(Location location) {
        return new BlockReader(evaluator, dev.netlint.core.parse.hcl.HclBody.EMPTY, Bindings.NONE, location);
    }
}
