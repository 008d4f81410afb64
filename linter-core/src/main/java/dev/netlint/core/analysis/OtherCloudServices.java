package dev.netlint.core.analysis;

import dev.netlint.core.model.k8s.Service;

/**
 * Services written for another cloud's load balancer, which netlint's EKS rules do not judge: a Service that
 * configures Google Kubernetes Engine's ({@code cloud.google.com/...}, {@code networking.gke.io/...}) or Azure
 * Kubernetes Service's ({@code service.beta.kubernetes.io/azure-...}) load balancer with an annotation, and none of
 * AWS's ({@code service.beta.kubernetes.io/aws-load-balancer-...}), runs on that cloud (a repository of multi-cloud
 * examples, say), where EKS rules about Classic Load Balancers and NodePorts say nothing true.
 */
public final class OtherCloudServices {

    private OtherCloudServices() {}

    public static boolean isForAnotherCloud(Service service) {
        boolean other = false;
        for (String key : service.meta().annotations().keySet()) {
            if (key.startsWith("service.beta.kubernetes.io/aws-load-balancer-")) {
                return false;
            }
            other |= key.startsWith("cloud.google.com/") || key.startsWith("networking.gke.io/")
                    || key.startsWith("service.beta.kubernetes.io/azure-");
        }
        return other;
    }
}
