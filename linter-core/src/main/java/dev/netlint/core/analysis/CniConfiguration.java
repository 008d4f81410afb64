package dev.netlint.core.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksAddon;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds every VPC CNI configuration of the input (RULES.md §1.4) and reads it into {@link CniSource}s. */
public final class CniConfiguration {

    /** Made at the first add-on configuration to read: a run with no vpc-cni add-on loads no Jackson (issue 18). */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private CniConfiguration() {}

    /** The CNI configurations of the workspace, read once per run (every node group rule asks for them). */
    public static List<CniSource> sources(AnalysisContext context) {
        return context.workspace().derived(CniConfiguration.class, () -> List.copyOf(read(context)));
    }

    /**
     * The CNI configurations that apply to some nodes: an {@code aws_eks_addon} of another cluster than theirs does
     * not (both clusters known); a DaemonSet, or an add-on whose cluster is not known, is taken to apply.
     */
    public static List<CniSource> sources(dev.netlint.core.model.aws.NodeGroup nodes, AnalysisContext context) {
        java.util.Optional<dev.netlint.core.model.aws.EksCluster> theirs = NodeContext.cluster(nodes, context);
        if (theirs.isEmpty()) {
            return sources(context);
        }
        List<CniSource> applying = new ArrayList<>();
        for (CniSource source : sources(context)) {
            java.util.Optional<dev.netlint.core.model.aws.EksCluster> its = source.element() instanceof EksAddon addon
                    ? clusterOf(addon, context) : java.util.Optional.empty();
            if (its.isEmpty() || its.get() == theirs.get()) {
                applying.add(source);
            }
        }
        return applying;
    }

    private static List<CniSource> read(AnalysisContext context) {
        List<CniSource> sources = new ArrayList<>();
        for (EksAddon addon : context.workspace().addons()) {
            if ("vpc-cni".equals(addon.addonName().orNull())) {
                sources.add(fromAddon(addon, context));
            }
        }
        for (GenericK8sObject object : context.workspace().otherK8sObjects("DaemonSet")) {
            if (object.name().equals("aws-node")) {
                sources.add(fromDaemonSet(object));
            }
        }
        return sources;
    }

    private static CniSource fromAddon(EksAddon addon, AnalysisContext context) {
        Tri ipv6 = clusterOf(addon, context).map(c -> {
            Setting<Spelled<IpFamily>> family = ClusterIpFamily.familyOf(c);
            return family.isKnown() ? Tri.of(family.means(IpFamily.IPV6)) : Tri.UNKNOWN;
        }).orElse(Tri.UNKNOWN);
        Value<String> configuration = addon.configurationValues();
        Map<String, Value<String>> env = new LinkedHashMap<>();
        Map<String, Value<String>> initEnv = new LinkedHashMap<>();
        boolean unknown = configuration.isUnknown();
        if (configuration instanceof Value.Known<String> known) {
            try {
                Map<String, Object> root = readObject(known.value());
                copyStrings(root.get("env"), known.location(), env);
                Object init = root.get("init");
                if (init instanceof Map<?, ?> initMap) {
                    copyStrings(initMap.get("env"), known.location(), initEnv);
                }
            } catch (IOException | RuntimeException e) {
                unknown = true; // not JSON netlint can read: EKS would reject it; other rules do not guess
            }
        }
        return new CniSource(CniSource.Kind.EKS_ADDON, addon, addon.location(), env, initEnv,
                addon.addonVersion(), unknown, ipv6);
    }

    public static Optional<EksCluster> clusterOf(EksAddon addon, AnalysisContext context) {
        ResourceRef ref = addon.cluster().orNull();
        if (ref == null) {
            return context.workspace().clusters().size() == 1 ? Optional.of(context.workspace().clusters().get(0))
                    : Optional.empty();
        }
        if (ref.isResource()) {
            return context.workspace().resource(ref.address(), EksCluster.class);
        }
        return context.workspace().clusters().stream().filter(c -> ref.literal().equals(c.name().orNull())).findFirst();
    }

    private static CniSource fromDaemonSet(GenericK8sObject daemonSet) {
        Map<String, Value<String>> env = new LinkedHashMap<>();
        Map<String, Value<String>> initEnv = new LinkedHashMap<>();
        Value<String> version = Value.absent(daemonSet.location());
        PNode podSpec = daemonSet.document().at("spec", "template", "spec");
        PMap spec = podSpec == null ? null : podSpec.asMap();
        if (spec != null) {
            for (PMap container : maps(spec, "containers")) {
                if ("aws-node".equals(container.text("name"))) {
                    readEnv(container, env);
                    String image = container.text("image");
                    if (image != null && image.contains(":")) {
                        version = Value.known(image.substring(image.lastIndexOf(':') + 1),
                                container.scalar("image").location());
                    }
                }
            }
            for (PMap container : maps(spec, "initContainers")) {
                if ("aws-vpc-cni-init".equals(container.text("name"))) {
                    readEnv(container, initEnv);
                }
            }
        }
        return new CniSource(CniSource.Kind.AWS_NODE_DAEMONSET, daemonSet, daemonSet.location(), env, initEnv,
                version, false, Tri.UNKNOWN);
    }

    private static void readEnv(PMap container, Map<String, Value<String>> into) {
        for (PMap variable : maps(container, "env")) {
            String name = variable.text("name");
            if (name == null) {
                continue;
            }
            if (variable.scalar("value") != null) {
                String text = variable.text("value");
                Location at = variable.scalar("value").location();
                PScalar scalar = variable.scalar("value");
                into.put(name, scalar.isUnknown() ? Value.unknown(scalar.unknownReason(), at)
                        : text == null ? Value.known("", at)
                        : text.contains("{{") ? Value.unknown("template expression", at) : Value.known(text, at));
            } else {
                into.put(name, Value.unknown("valueFrom", variable.location()));
            }
        }
    }

    private static List<PMap> maps(PMap map, String key) {
        List<PMap> maps = new ArrayList<>();
        if (map.list(key) != null) {
            for (PNode item : map.list(key).items()) {
                if (item.asMap() != null) {
                    maps.add(item.asMap());
                }
            }
        }
        return maps;
    }

    private static void copyStrings(Object envObject, Location at, Map<String, Value<String>> into) {
        if (envObject instanceof Map<?, ?> env) {
            env.forEach((k, v) -> into.put(String.valueOf(k), v == null ? Value.absent(at) : Value.known(String.valueOf(v), at)));
        }
    }

    /** A small JSON reader (objects, arrays, scalars) over Jackson's streaming parser. */
    static Map<String, Object> readObject(String text) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("configuration_values is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) read(parser, 0);
            return map;
        }
    }

    private static Object read(JsonParser parser, int depth) throws IOException {
        if (depth > 64) {
            throw new IOException("too deep");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, read(parser, depth + 1));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(parser, depth + 1));
            }
            return list;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
