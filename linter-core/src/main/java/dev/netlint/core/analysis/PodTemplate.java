package dev.netlint.core.analysis;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.source.Location;
import java.util.Map;

/**
 * The pods a workload runs (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod): their labels,
 * service account and the operating system they are pinned to through {@code nodeSelector} or required node
 * affinity on {@code kubernetes.io/os}.
 *
 * @param os "windows", "linux", or absent when the pods are not pinned; located where the pin is written
 */
public record PodTemplate(GenericK8sObject workload, Map<String, Value<String>> labels,
                          Value<String> serviceAccountName, Value<String> os) implements ModelElement {

    @Override
    public Location location() {
        return workload.location();
    }

    @Override
    public String describe() {
        return workload.describe();
    }

    public String namespace() {
        return workload.namespace();
    }

    public boolean isWindows() {
        return "windows".equals(os.orNull());
    }
}
