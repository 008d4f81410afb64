package dev.netlint.core.parse.k8s;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressBackend;
import dev.netlint.core.model.k8s.IngressClass;
import dev.netlint.core.model.k8s.IngressClassParams;
import dev.netlint.core.model.k8s.ObjectMeta;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import dev.netlint.core.model.k8s.TargetGroupBinding;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns manifest documents into model elements, by {@code apiVersion} and {@code kind}. A document without both is
 * not a Kubernetes object (a Helm values file, a CI workflow) and yields nothing; {@code kind: List} is expanded.
 */
public final class K8sMapper {

    /** Kinds that live outside namespaces, so they get no "default" namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("IngressClass", "IngressClassParams", "Namespace",
            "ENIConfig", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume",
            "StorageClass", "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
            "APIService", "Node");

    /** True when the document is a Kubernetes object (or a List of them). */
    public static boolean isKubernetesObject(PNode document) {
        PMap map = document == null ? null : document.asMap();
        return map != null && map.text("apiVersion") != null && map.text("kind") != null;
    }

    /** The model elements of one document. */
    public List<ModelElement> map(PNode document) {
        List<ModelElement> elements = new ArrayList<>();
        collect(document, elements, 0);
        return elements;
    }

    private void collect(PNode document, List<ModelElement> into, int depth) {
        if (!isKubernetesObject(document)) {
            return;
        }
        PMap object = document.asMap();
        String kind = object.text("kind");
        if (kind.endsWith("List") && object.list("items") != null && depth < 2) {
            for (PNode item : object.list("items").items()) {
                collect(item, into, depth + 1);
            }
            return;
        }
        ObjectMeta meta = meta(object, kind);
        String group = apiGroup(meta.apiVersion());
        PMap spec = object.map("spec");
        into.add(switch (kind) {
            case "Service" -> group.isEmpty() ? service(meta, spec) : generic(meta, object);
            case "Ingress" -> ingress(meta, spec);
            case "IngressClass" -> ingressClass(meta, spec);
            case "IngressClassParams" -> group.equals("elbv2.k8s.aws") || group.equals("eks.amazonaws.com")
                    ? ingressClassParams(meta, spec) : generic(meta, object);
            case "TargetGroupBinding" -> targetGroupBinding(meta, spec);
            default -> generic(meta, object);
        });
    }

    /** Pod-template kinds whose {@code spec.template} the workload analyses read. */
    private static final Set<String> TEMPLATE_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "ReplicationController");

    /**
     * What the analyses read of a pod template: its labels, service account, node selection, and each container's
     * name and image (the AWS Load Balancer Controller's image in a Deployment).
     */
    private static final Shape POD_TEMPLATE = Shape.of(
            "metadata", Shape.of("labels", Shape.WHOLE),
            "spec", Shape.of("serviceAccountName", Shape.WHOLE, "nodeSelector", Shape.WHOLE, "affinity", Shape.WHOLE,
                    "containers", Shape.of("name", Shape.WHOLE, "image", Shape.WHOLE)));

    /**
     * An object the model has no class for, keeping of its tree only what the analyses read (issue 18: the whole
     * trees of every Deployment and ConfigMap were most of a large run's live set): a pod template's fields above
     * ({@code Workloads}, {@code ServiceLoadBalancerDefault}), a SecurityGroupPolicy's spec, and the whole of the
     * {@code aws-node} DaemonSet ({@code CniConfiguration} reads its containers' environment). Every kept node keeps
     * its location, so findings point where they did.
     */
    static GenericK8sObject generic(ObjectMeta meta, PMap object) {
        String kind = meta.kind();
        Shape shape;
        if (kind.equals("DaemonSet") && meta.name().equals("aws-node")) {
            return new GenericK8sObject(meta, object);
        } else if (kind.equals("SecurityGroupPolicy")) {
            shape = Shape.of("spec", Shape.WHOLE);
        } else if (TEMPLATE_KINDS.contains(kind)) {
            shape = Shape.of("spec", Shape.of("template", POD_TEMPLATE));
        } else if (kind.equals("CronJob")) {
            shape = Shape.of("spec", Shape.of("jobTemplate", Shape.of("spec", Shape.of("template", POD_TEMPLATE))));
        } else if (kind.equals("Pod")) {
            shape = POD_TEMPLATE;
        } else {
            shape = Shape.NOTHING;
        }
        return new GenericK8sObject(meta, (PMap) shape.prune(object));
    }

    /** The paths of a tree to keep: a field's shape, applied to every item when the field's value is a list. */
    private record Shape(java.util.Map<String, Shape> fields, boolean whole) {
        static final Shape WHOLE = new Shape(java.util.Map.of(), true);
        static final Shape NOTHING = new Shape(java.util.Map.of(), false);

        static Shape of(Object... keysAndShapes) {
            java.util.Map<String, Shape> fields = new java.util.HashMap<>();
            for (int i = 0; i < keysAndShapes.length; i += 2) {
                fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
            }
            return new Shape(java.util.Map.copyOf(fields), false);
        }

        PNode prune(PNode node) {
            if (whole) {
                return node;
            }
            if (node instanceof PMap map) {
                List<PMap.Entry> kept = new ArrayList<>();
                for (PMap.Entry entry : map.entries().values()) {
                    Shape field = fields.get(entry.key());
                    if (field != null) {
                        kept.add(new PMap.Entry(entry.key(), entry.keyLocation(), field.prune(entry.value())));
                    }
                }
                return new PMap(kept, map.location());
            }
            if (node instanceof dev.netlint.core.tree.PList list) {
                List<PNode> items = new ArrayList<>(list.items().size());
                for (PNode item : list.items()) {
                    items.add(prune(item));
                }
                return new dev.netlint.core.tree.PList(items, list.location());
            }
            return node;
        }
    }

    private static String apiGroup(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static ObjectMeta meta(PMap object, String kind) {
        PMap.Entry metadataEntry = object.entry("metadata");
        PMap metadata = metadataEntry == null ? null : metadataEntry.value().asMap();
        Location objectAt = object.location();
        Location metadataAt = metadataEntry != null ? metadataEntry.keyLocation() : objectAt;
        String name = metadata == null ? null : metadata.text("name");
        if (name == null && metadata != null && metadata.text("generateName") != null) {
            name = metadata.text("generateName") + "*";
        }
        String namespace = metadata == null ? null : metadata.text("namespace");
        if (namespace == null && !CLUSTER_SCOPED.contains(kind)) {
            namespace = "default";
        }
        PScalar annotations = metadata == null ? null : metadata.scalar("annotations");
        return new ObjectMeta(object.text("apiVersion"), kind, namespace, name == null ? "<unnamed>" : name,
                Fields.stringMap(metadata, "annotations"), Fields.stringMap(metadata, "labels"),
                objectAt, metadataAt, null,
                annotations != null && annotations.isUnknown() ? "annotations: " + annotations.unknownReason() : null);
    }

    private static Service service(ObjectMeta meta, PMap spec) {
        Location specAt = spec == null ? meta.location() : spec.location();
        List<ServicePort> ports = new ArrayList<>();
        for (PMap port : Fields.maps(spec, "ports")) {
            ports.add(new ServicePort(
                    Fields.string(port, "name", port.location()),
                    Fields.integer(port, "port", port.location()),
                    Fields.string(port, "targetPort", port.location()),
                    Fields.integer(port, "nodePort", port.location()),
                    Fields.string(port, "protocol", port.location()),
                    port.location()));
        }
        return new Service(meta,
                Fields.string(spec, "type", specAt),
                ports,
                Fields.string(spec, "externalTrafficPolicy", specAt),
                Fields.strings(spec, "externalIPs"),
                Fields.strings(spec, "ipFamilies"),
                Fields.string(spec, "ipFamilyPolicy", specAt),
                Fields.string(spec, "loadBalancerClass", specAt),
                Fields.bool(spec, "allocateLoadBalancerNodePorts", specAt),
                Fields.integer(spec, "healthCheckNodePort", specAt),
                Fields.strings(spec, "loadBalancerSourceRanges"),
                Fields.stringMap(spec, "selector"));
    }

    private static Ingress ingress(ObjectMeta meta, PMap spec) {
        Location specAt = spec == null ? meta.location() : spec.location();
        List<IngressBackend> backends = new ArrayList<>();
        if (spec != null) {
            addBackend(spec.map("defaultBackend"), backends);
            addBackend(spec.map("backend"), backends); // extensions/v1beta1 and networking.k8s.io/v1beta1
            for (PMap rule : Fields.maps(spec, "rules")) {
                PMap http = rule.map("http");
                for (PMap path : Fields.maps(http, "paths")) {
                    addBackend(path.map("backend"), backends);
                }
            }
        }
        return new Ingress(meta, Fields.string(spec, "ingressClassName", specAt), backends);
    }

    /** Reads both the v1 shape ({@code service.name}) and the v1beta1 one ({@code serviceName}). */
    private static void addBackend(PMap backend, List<IngressBackend> into) {
        if (backend == null) {
            return;
        }
        PMap service = backend.map("service");
        PNode nameNode = service != null ? service.get("name") : backend.get("serviceName");
        Value<String> name = Fields.string(nameNode, backend.location());
        if (!(name instanceof Value.Known<String> known)) {
            return;
        }
        String port = null;
        if (service != null && service.map("port") != null) {
            PMap portMap = service.map("port");
            port = portMap.text("number") != null ? portMap.text("number") : portMap.text("name");
        } else if (backend.text("servicePort") != null) {
            port = backend.text("servicePort");
        }
        into.add(new IngressBackend(known.value(), port, known.location()));
    }

    private static IngressClass ingressClass(ObjectMeta meta, PMap spec) {
        Location specAt = spec == null ? meta.location() : spec.location();
        PMap parameters = spec == null ? null : spec.map("parameters");
        Location parametersAt = parameters == null ? specAt : parameters.location();
        boolean isDefault = "true".equals(meta.annotation("ingressclass.kubernetes.io/is-default-class").orNull());
        return new IngressClass(meta, Fields.string(spec, "controller", specAt),
                Fields.string(parameters, "apiGroup", parametersAt),
                Fields.string(parameters, "kind", parametersAt),
                Fields.string(parameters, "name", parametersAt),
                isDefault);
    }

    private static IngressClassParams ingressClassParams(ObjectMeta meta, PMap spec) {
        Location specAt = spec == null ? meta.location() : spec.location();
        PMap group = spec == null ? null : spec.map("group");
        return new IngressClassParams(meta,
                Fields.string(group, "name", group == null ? specAt : group.location()),
                Fields.string(spec, "scheme", specAt),
                Fields.string(spec, "ipAddressType", specAt),
                Fields.string(spec, "targetType", specAt),
                spec != null && spec.get("namespaceSelector") != null);
    }

    private static TargetGroupBinding targetGroupBinding(ObjectMeta meta, PMap spec) {
        Location specAt = spec == null ? meta.location() : spec.location();
        PMap serviceRef = spec == null ? null : spec.map("serviceRef");
        return new TargetGroupBinding(meta, Fields.string(serviceRef, "name", specAt),
                Fields.string(spec, "targetType", specAt));
    }
}
