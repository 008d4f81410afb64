package dev.netlint.rules;

import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.rules.aws.CustomNetworkingMisconfigured;
import dev.netlint.rules.aws.EksClusterSubnetRequirements;
import dev.netlint.rules.aws.EksEndpointAccessAllDisabled;
import dev.netlint.rules.aws.EksNodeSgMissingRequiredEgress;
import dev.netlint.rules.aws.EksPublicEndpointOpenToInternet;
import dev.netlint.rules.aws.EksRestrictedPublicEndpointWithoutPrivateAccess;
import dev.netlint.rules.aws.EksServiceCidrInvalidOrOverlapping;
import dev.netlint.rules.aws.EksVpcDnsAttributesDisabled;
import dev.netlint.rules.aws.ExternalSnatWithPublicNodeSubnets;
import dev.netlint.rules.aws.Ipv6ClusterNetworkPrerequisites;
import dev.netlint.rules.aws.Ipv6CniRequiresPrefixDelegation;
import dev.netlint.rules.aws.Ipv6RequiresNitroInstances;
import dev.netlint.rules.aws.Ipv6WindowsNodesUnsupported;
import dev.netlint.rules.aws.MaxPodsExceedsIpCapacity;
import dev.netlint.rules.aws.PrefixDelegationMaxPodsNotRaised;
import dev.netlint.rules.aws.PrefixDelegationNonNitro;
import dev.netlint.rules.aws.SgForPodsIpv6Ec2RequiresCni116;
import dev.netlint.rules.aws.SgForPodsPrerequisites;
import dev.netlint.rules.aws.SgForPodsWindows;
import dev.netlint.rules.aws.SgNodeportRangeOpenToInternet;
import dev.netlint.rules.k8s.AlbIngressGroupInvalid;
import dev.netlint.rules.k8s.AlbIngressNotGrouped;
import dev.netlint.rules.k8s.EksDualStackNotSupported;
import dev.netlint.rules.k8s.IngressClassSelection;
import dev.netlint.rules.k8s.InstanceTargetRequiresNodeport;
import dev.netlint.rules.k8s.Ipv6LoadBalancerInstanceTarget;
import dev.netlint.rules.k8s.ServiceExternalTrafficPolicyCluster;
import dev.netlint.rules.k8s.ServiceLbExternalWithoutTargetType;
import dev.netlint.rules.k8s.ServiceLbLegacyInTreeController;
import dev.netlint.rules.k8s.ServiceNodeportExposure;
import java.util.List;

/**
 * Every built-in rule, listed by hand (as Error Prone and tflint list theirs). A rule is one class in {@code aws} or
 * {@code k8s} whose {@code definition()} builds it with the same fluent words users write in Groovy; its examples are
 * files under {@code examples/<id>/}. Found through {@code META-INF/services/dev.netlint.core.lang.RuleCatalog}; a run
 * with only these rules loads no Groovy class.
 */
public final class BuiltInRules implements RuleCatalog {

    /** In id order; {@code BuiltInRulesTest} checks that every rule class is here exactly once. */
    @Override
    public List<RuleDefinition> rules() {
        // plain calls, not a list of method references: each of those would spin a class at start-up
        return List.of(
                ServiceNodeportExposure.definition(),
                EksNodeSgMissingRequiredEgress.definition(),
                AlbIngressNotGrouped.definition(),
                Ipv6LoadBalancerInstanceTarget.definition(),
                EksPublicEndpointOpenToInternet.definition(),
                EksRestrictedPublicEndpointWithoutPrivateAccess.definition(),
                EksEndpointAccessAllDisabled.definition(),
                EksVpcDnsAttributesDisabled.definition(),
                EksClusterSubnetRequirements.definition(),
                EksDualStackNotSupported.definition(),
                Ipv6ClusterNetworkPrerequisites.definition(),
                Ipv6RequiresNitroInstances.definition(),
                Ipv6WindowsNodesUnsupported.definition(),
                Ipv6CniRequiresPrefixDelegation.definition(),
                PrefixDelegationNonNitro.definition(),
                MaxPodsExceedsIpCapacity.definition(),
                PrefixDelegationMaxPodsNotRaised.definition(),
                SgForPodsPrerequisites.definition(),
                SgForPodsWindows.definition(),
                SgForPodsIpv6Ec2RequiresCni116.definition(),
                CustomNetworkingMisconfigured.definition(),
                ExternalSnatWithPublicNodeSubnets.definition(),
                ServiceLbLegacyInTreeController.definition(),
                ServiceLbExternalWithoutTargetType.definition(),
                ServiceExternalTrafficPolicyCluster.definition(),
                SgNodeportRangeOpenToInternet.definition(),
                EksServiceCidrInvalidOrOverlapping.definition(),
                IngressClassSelection.definition(),
                AlbIngressGroupInvalid.definition(),
                InstanceTargetRequiresNodeport.definition());
    }
}
