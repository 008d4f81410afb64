package dev.netlint.core.engine;

import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import java.util.Set;

/**
 * Which kustomizations deserve a note. A kustomization that only lists {@code resources} makes nothing but those
 * files, which netlint lints as they are; one that patches, generates or transforms them (patches, images, replicas,
 * name prefixes, namespace, labels, generators, components, Helm charts) makes manifests netlint does not see until
 * rendered, so it gets one note with the command that renders it.
 */
final class Kustomizations {

    /** Fields that only describe the kustomization or list its inputs unchanged. */
    private static final Set<String> PASSIVE = Set.of("apiVersion", "kind", "metadata", "resources", "bases",
            "buildMetadata", "sortOptions", "crds", "openapi");

    private Kustomizations() {
    }

    /** True when the kustomization changes what its resources render to (or cannot be read to tell). */
    static boolean transforms(SourceText kustomization) {
        YamlLoader.Result yaml = new YamlLoader().load(kustomization);
        if (yaml.problem() != null || yaml.documents().size() != 1 || !(yaml.documents().get(0) instanceof PMap map)) {
            return true;
        }
        for (String key : map.entries().keySet()) {
            PNode value = map.get(key);
            if (!PASSIVE.contains(key) && value != null && !isEmpty(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(PNode value) {
        return value instanceof dev.netlint.core.tree.PScalar scalar && scalar.isNull()
                || value instanceof dev.netlint.core.tree.PList list && list.items().isEmpty()
                || value instanceof PMap map && map.entries().isEmpty();
    }
}
