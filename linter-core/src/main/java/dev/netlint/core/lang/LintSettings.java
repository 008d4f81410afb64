package dev.netlint.core.lang;

import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.TargetType;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the cluster that manifests alone cannot tell, set by the user (RULES.md §1.3, §1.9).
 * {@code clusterIpFamily} is empty when the user did not say (unknown) and applies to Kubernetes objects when no Terraform
 * cluster of the run says otherwise; {@code defaultTargetType} mirrors the controller's {@code --default-target-type}.
 */
public record LintSettings(Optional<IpFamily> clusterIpFamily, TargetType defaultTargetType) {

    public static final LintSettings DEFAULTS = new LintSettings(Optional.empty(), TargetType.INSTANCE);

    public LintSettings {
        Objects.requireNonNull(clusterIpFamily, "clusterIpFamily");
        Objects.requireNonNull(defaultTargetType, "defaultTargetType");
    }
}
