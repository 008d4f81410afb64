package dev.netlint.core.model.k8s;

import dev.netlint.core.tree.PMap;

/**
 * Any other Kubernetes object (Deployment, DaemonSet, ENIConfig, ...). {@code document} is its positioned tree cut
 * down to the paths netlint's analyses read (a pod template's labels, service account, node selection and container
 * images; a SecurityGroupPolicy's spec; the whole {@code aws-node} DaemonSet), each node where it was written; the
 * rest is dropped at load time so that a large run does not hold every object's tree (issue 18). A new reader of
 * another path adds it to {@code K8sMapper.generic}.
 */
public record GenericK8sObject(ObjectMeta meta, PMap document) implements K8sResource {}
