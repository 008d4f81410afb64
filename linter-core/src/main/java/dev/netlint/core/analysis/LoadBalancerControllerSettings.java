package dev.netlint.core.analysis;

import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
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

    public static LintSettings apply(LintSettings settings, Workspace workspace) {
        for (HelmRelease release : workspace.helmReleases()) {
            if (!release.isLoadBalancerController()) {
                continue;
            }
            Value<String> targetType = release.value("defaultTargetType");
            if (targetType.isAbsent()) {
                return settings;
            }
            String value = targetType.orNull();
            return new LintSettings(settings.clusterIpFamily(),
                    "ip".equals(value) || "instance".equals(value) ? value : null);
        }
        return settings;
    }

    /**
     * The controller's default target type for the workspace: the {@code defaultTargetType} a {@code helm_release} of
     * the controller writes, located where it is written, or else the {@code --default-target-type} setting.
     */
    public static Setting defaultTargetType(EvalContext context) {
        for (HelmRelease release : context.workspace().helmReleases()) {
            if (release.isLoadBalancerController() && !release.value("defaultTargetType").isAbsent()) {
                return AlbIngressAnalysis.fromValue(release.value("defaultTargetType"),
                        "defaultTargetType of " + release.address());
            }
        }
        return Setting.byDefault(context.settings().defaultTargetType(), "the controller's default target type");
    }
}
