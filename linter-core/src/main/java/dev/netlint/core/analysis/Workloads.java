package dev.netlint.core.analysis;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the pod templates of the input's workloads (for the Windows and security-group-for-pods rules). */
public final class Workloads {

    private static final Set<String> TEMPLATE_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "ReplicationController");
    private static final String OS_LABEL = "kubernetes.io/os";

    private Workloads() {}

    public static List<PodTemplate> podTemplates(AnalysisContext context) {
        List<PodTemplate> templates = new ArrayList<>();
        for (GenericK8sObject object : context.workspace().otherK8sObjects()) {
            PMap template = templateOf(object);
            if (template != null) {
                templates.add(read(object, template));
            }
        }
        return templates;
    }

    private static PMap templateOf(GenericK8sObject object) {
        String kind = object.meta().kind();
        PNode node;
        if (TEMPLATE_KINDS.contains(kind)) {
            node = object.document().at("spec", "template");
        } else if (kind.equals("CronJob")) {
            node = object.document().at("spec", "jobTemplate", "spec", "template");
        } else if (kind.equals("Pod")) {
            node = object.document();
        } else {
            return null;
        }
        return node == null ? null : node.asMap();
    }

    private static PodTemplate read(GenericK8sObject object, PMap template) {
        PMap metadata = template.map("metadata");
        PMap spec = template.map("spec");
        Map<String, Value<String>> labels = new LinkedHashMap<>();
        if (metadata != null && metadata.map("labels") != null) {
            for (PMap.Entry entry : metadata.map("labels").entries().values()) {
                PScalar scalar = entry.value().asScalar();
                labels.put(entry.key(), scalar == null ? Value.unknown("not a scalar", entry.keyLocation())
                        : scalar.isUnknown() ? Value.unknown(scalar.unknownReason(), scalar.location())
                        : Value.known(scalar.text(), scalar.location()));
            }
        }
        Value<String> serviceAccount = Value.absent(object.location());
        Value<String> os = Value.absent(object.location());
        if (spec != null) {
            PScalar account = spec.scalar("serviceAccountName");
            if (account != null && !account.isNull()) {
                serviceAccount = account.isUnknown() ? Value.unknown(account.unknownReason(), account.location())
                        : Value.known(account.text(), account.location());
            }
            PMap selector = spec.map("nodeSelector");
            PScalar pinned = selector == null ? null : selector.scalar(OS_LABEL);
            if (pinned != null && !pinned.isNull()) {
                os = pinned.isUnknown() ? Value.unknown(pinned.unknownReason(), pinned.location())
                        : Value.known(pinned.text(), pinned.location());
            } else {
                os = requiredAffinityOs(spec, os);
            }
        }
        return new PodTemplate(object, labels, serviceAccount, os);
    }

    /** {@code requiredDuringSchedulingIgnoredDuringExecution} terms with {@code kubernetes.io/os In [x]}. */
    private static Value<String> requiredAffinityOs(PMap spec, Value<String> none) {
        PNode terms = spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                "nodeSelectorTerms");
        PList list = terms == null ? null : terms.asList();
        if (list == null) {
            return none;
        }
        for (PNode term : list.items()) {
            PList expressions = term.asMap() == null ? null : term.asMap().list("matchExpressions");
            if (expressions == null) {
                continue;
            }
            for (PNode expression : expressions.items()) {
                PMap e = expression.asMap();
                if (e != null && OS_LABEL.equals(e.text("key")) && "In".equals(e.text("operator"))
                        && e.list("values") != null && e.list("values").items().size() == 1
                        && e.list("values").items().get(0).asScalar() != null) {
                    PScalar value = e.list("values").items().get(0).asScalar();
                    return Value.known(value.text(), value.location());
                }
            }
        }
        return none;
    }
}
