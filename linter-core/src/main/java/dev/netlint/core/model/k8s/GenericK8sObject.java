package dev.netlint.core.model.k8s;

import dev.netlint.core.tree.PMap;

/**
 * Any other Kubernetes object (Deployment, DaemonSet, ENIConfig, ...). Kept with its positioned tree so that rules
 * of later issues can read it without the loaders changing.
 */
public record GenericK8sObject(ObjectMeta meta, PMap document) implements K8sResource {}
