package dev.netlint.core.tree;

import dev.netlint.core.source.HasLocation;

/**
 * A positioned document tree shared by the YAML and JSON loaders, so the Kubernetes mapper does not care
 * which syntax a manifest was written in. Every node knows where it was written.
 */
public sealed interface PNode extends HasLocation permits PMap, PList, PScalar {

    /** This node as a map, or null when it is something else. */
    default PMap asMap() {
        return this instanceof PMap map ? map : null;
    }

    /** This node as a list, or null when it is something else. */
    default PList asList() {
        return this instanceof PList list ? list : null;
    }

    /** This node as a scalar, or null when it is something else. */
    default PScalar asScalar() {
        return this instanceof PScalar scalar ? scalar : null;
    }
}
