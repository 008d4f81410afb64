package dev.netlint.core.analysis;

import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.aws.HelmRelease;

/**
 * The AWS Load Balancer Controller's {@code --default-target-type} as the workspace writes it: the Helm value
 * {@code defaultTargetType} of a {@code helm_release} of the controller's chart takes precedence over the
 * {@code --default-target-type} option, as a Terraform cluster's {@code ip_family} does over
 * {@code --cluster-ip-family}. A value netlint cannot work out makes the default target type unknown, so no rule
 * fires on it; one that is neither instance nor ip is kept as written and counts as neither.
 */
public final class LoadBalancerControllerSettings {

    private LoadBalancerControllerSettings() {}

    /**
     * The controller's default target type for the workspace: the {@code defaultTargetType} a {@code helm_release} of
     * the controller writes, located where it is written, or else the {@code --default-target-type} setting.
     */
    public static Setting<Spelled<TargetType>> defaultTargetType(AnalysisContext context) {
        for (HelmRelease release : context.workspace().helmReleases()) {
            if (release.isLoadBalancerController() && !release.value("defaultTargetType").isAbsent()) {
                return AlbIngressAnalysis.fromValue(release.value("defaultTargetType"),
                        "defaultTargetType of " + release.address()).map(TargetType::read);
            }
        }
        return Setting.byDefault(context.defaultTargetType().spelled(), "the controller's default target type");
    }
}
