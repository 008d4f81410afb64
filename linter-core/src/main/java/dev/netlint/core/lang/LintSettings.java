package dev.netlint.core.lang;

/**
 * Facts about the cluster that manifests alone cannot tell, set by the user (RULES.md §1.3, §1.9).
 * {@code clusterIpFamily} is "ipv4", "ipv6" or null (unknown) and applies to Kubernetes objects when no Terraform
 * cluster of the run says otherwise; {@code defaultTargetType} mirrors the controller's {@code --default-target-type}.
 */
public record LintSettings(String clusterIpFamily, String defaultTargetType) {

    public static final LintSettings DEFAULTS = new LintSettings(null, "instance");

    public LintSettings withDefaultTargetType(String targetType) {
        return new LintSettings(clusterIpFamily, targetType);
    }
}
