package dev.netlint.core.analysis;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.HelmRelease;

/**
 * The AWS Load Balancer Controller's {@code --default-target-type} as the workspace writes it: the Helm value
 * {@code defaultTargetType} of a {@code helm_release} of the controller's chart takes precedence over the
 * {@code --default-target-type} option, as a Terraform cluster's {@code ip_family} does over
 * {@code --cluster-ip-family}. A value netlint cannot work out makes the default target type unknown (null), so no
 * rule fires on it.
 */
public final class LoadBalancerControllerSettings {

    private LoadBalancerControllerSettings() {}

    /**
     * The default target type the run's rules read: the controller's {@code defaultTargetType} when a
     * {@code helm_release} of it writes one ("ip", "instance", or null when it is anything else or not known), else
     * {@code configured}, the {@code --default-target-type} option.
     */
    public static String effectiveDefaultTargetType(String configured, Workspace workspace) {
        for (HelmRelease release : workspace.helmReleases()) {
            if (!release.isLoadBalancerController()) {
                continue;
            }
            Value<String> targetType = release.value("defaultTargetType");
            if (targetType.isAbsent()) {
                return configured;
            }
            String value = targetType.orNull();
            return "ip".equals(value) || "instance".equals(value) ? value : null;
        }
        return configured;
    }

    /**
     * The controller's default target type for the workspace: the {@code defaultTargetType} a {@code helm_release} of
     * the controller writes, located where it is written, or else the {@code --default-target-type} setting.
     */
    public static Setting<String> defaultTargetType(AnalysisContext context) {
        for (HelmRelease release : context.workspace().helmReleases()) {
            if (release.isLoadBalancerController() && !release.value("defaultTargetType").isAbsent()) {
                return AlbIngressAnalysis.fromValue(release.value("defaultTargetType"),
                        "defaultTargetType of " + release.address());
            }
        }
        return Setting.byDefault(context.defaultTargetType(), "the controller's default target type");
    }
}
