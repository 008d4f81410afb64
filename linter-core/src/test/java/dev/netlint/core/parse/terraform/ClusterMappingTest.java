package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.source.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** VPCs, subnets, clusters, node groups and launch templates of a small EKS module. */
class ClusterMappingTest {

    private static Workspace workspace;

    @BeforeAll
    static void load() {
        TerraformTestModules.Loaded loaded = TerraformTestModules.load("cluster");
        assertThat(loaded.problems()).isEmpty();
        workspace = loaded.workspace();
    }

    private static <T extends dev.netlint.core.model.aws.TfResource> T get(String address, Class<T> type) {
        return workspace.resource(address, type).orElseThrow(() -> new AssertionError(address));
    }

    @Test
    void vpcWithSecondaryCidrAndDefaultsLeftAbsent() {
        Vpc vpc = get("aws_vpc.main", Vpc.class);

        assertThat(vpc.cidrBlock().orNull()).isEqualTo("10.0.0.0/16");
        assertThat(vpc.secondaryCidrs()).extracting(Value::orNull).containsExactly("100.64.0.0/16");
        assertThat(vpc.enableDnsHostnames().orNull()).isTrue();
        assertThat(vpc.enableDnsSupport().isAbsent()).isTrue();
        assertThat(vpc.enableDnsSupport().orElse(true).orNull()).isTrue();
        assertThat(vpc.location()).isEqualTo(new Location("main.tf", 7, 1, 7, 26));
    }

    @Test
    void forEachSubnetsGetKeyedAddressesAndBoundEachValues() {
        assertThat(workspace.subnets()).extracting(Subnet::address)
                .containsExactly("aws_subnet.private[\"eu-west-1a\"]", "aws_subnet.private[\"eu-west-1b\"]");
        Subnet b = get("aws_subnet.private[\"eu-west-1b\"]", Subnet.class);
        assertThat(b.availabilityZone().orNull()).isEqualTo("eu-west-1b");
        assertThat(b.tags().get("Name").orNull()).isEqualTo("private-eu-west-1b");
        assertThat(b.vpc().orNull()).isEqualTo(ResourceRef.toResource("aws_vpc.main", "id"));
        assertThat(b.cidrBlock().isUnknown()).as("index() is not evaluated").isTrue();
        assertThat(b.mapPublicIpOnLaunch().isAbsent()).isTrue();
    }

    @Test
    void clusterVpcConfigAndNetworkConfig() {
        EksCluster cluster = get("aws_eks_cluster.main", EksCluster.class);

        assertThat(cluster.name()).isEqualTo(Value.unknown("var.cluster_name has no default",
                new Location("main.tf", 28, 10, 28, 26)));
        assertThat(cluster.endpointPublicAccess().orNull()).isFalse();
        assertThat(cluster.endpointPrivateAccess().isAbsent()).isTrue();
        assertThat(cluster.endpointPrivateAccess().location()).isEqualTo(new Location("main.tf", 30, 3, 30, 13));
        assertThat(cluster.vpcConfigLocation()).isEqualTo(new Location("main.tf", 30, 3, 30, 13));
        assertThat(cluster.subnetIds().isUnknown()).as("for expression").isTrue();
        assertThat(cluster.securityGroupIds().orNull()).extracting(Value::orNull)
                .containsExactly(ResourceRef.toResource("aws_security_group.cluster", "id"));
        assertThat(cluster.ipFamily().orNull()).isEqualTo("ipv6");
        assertThat(cluster.publicAccessCidrs().isAbsent()).isTrue();
    }

    @Test
    void launchTemplateJoinsBothSecurityGroupSourcesAndDecodesUserData() {
        LaunchTemplate template = get("aws_launch_template.nodes", LaunchTemplate.class);

        assertThat(template.securityGroupIds().orNull()).extracting(Value::orNull).containsExactly(
                ResourceRef.toResource("aws_eks_cluster.main", "vpc_config[0].cluster_security_group_id"),
                ResourceRef.toResource("aws_security_group.cluster", "id"));
        assertThat(template.userData().orNull()).isEqualTo("#!/bin/bash\n/etc/eks/bootstrap.sh --use-max-pods false"
                + " --kubelet-extra-args \"--max-pods=58\"\n");
        assertThat(template.instanceType().orNull()).isEqualTo("m5.large");
        assertThat(get("aws_launch_template.bare", LaunchTemplate.class).securityGroupIds().isAbsent()).isTrue();
    }

    @Test
    void managedNodeGroupByIdResolvesClusterAndTemplate() {
        NodeGroup group = get("aws_eks_node_group.by_id", NodeGroup.class);

        assertThat(group.kind()).isEqualTo(NodeGroup.Kind.MANAGED_NODE_GROUP);
        assertThat(group.cluster().orNull()).isEqualTo(ResourceRef.toResource("aws_eks_cluster.main", "name"));
        assertThat(group.launchTemplate().orNull()).isEqualTo(ResourceRef.toResource("aws_launch_template.nodes", "id"));
        assertThat(group.subnetIds().orNull()).extracting(Value::orNull)
                .containsExactly(ResourceRef.toResource("aws_subnet.private[\"eu-west-1a\"]", "id"));
        assertThat(group.instanceTypes().orNull()).extracting(Value::orNull).containsExactly("m5.large");
        assertThat(group.amiType().orNull()).isEqualTo("AL2023_x86_64_STANDARD");
        assertThat(group.labels().get("role").orNull()).isEqualTo("general");
        assertThat(group.securityGroupIds().isAbsent()).isTrue();
    }

    @Test
    void literalTemplateNameMatchesTheTemplatesNameAndUnknownClusterNameStaysLiteral() {
        NodeGroup group = get("aws_eks_node_group.by_name", NodeGroup.class);

        assertThat(group.launchTemplate().orNull()).isEqualTo(ResourceRef.toResource("aws_launch_template.bare", "name"));
        assertThat(group.cluster().orNull()).isEqualTo(ResourceRef.literal("some-other-cluster"));
        assertThat(group.instanceTypes().isAbsent()).isTrue();
    }

    @Test
    void autoscalingGroupReachesTemplateThroughMixedInstancesPolicy() {
        NodeGroup group = get("aws_autoscaling_group.self_managed", NodeGroup.class);

        assertThat(group.kind()).isEqualTo(NodeGroup.Kind.AUTOSCALING_GROUP);
        assertThat(group.launchTemplate().orNull()).isEqualTo(ResourceRef.toResource("aws_launch_template.nodes", "name"));
        assertThat(group.subnetIds().orNull()).hasSize(1);
    }

    @Test
    void instanceCarriesItsOwnSecurityGroups() {
        NodeGroup instance = get("aws_instance.bastion", NodeGroup.class);

        assertThat(instance.kind()).isEqualTo(NodeGroup.Kind.INSTANCE);
        assertThat(instance.securityGroupIds().orNull()).extracting(Value::orNull).containsExactly(
                ResourceRef.toResource("aws_security_group.cluster", "id"), ResourceRef.literal("sg-0abc"));
        assertThat(instance.instanceTypes().orNull()).extracting(Value::orNull).containsExactly("t3.micro");
    }

    @Test
    void addonsCarryClusterNameVersionAndConfigurationJson() {
        dev.netlint.core.model.aws.EksAddon cni = get("aws_eks_addon.vpc_cni", dev.netlint.core.model.aws.EksAddon.class);

        assertThat(cni.cluster().orNull()).isEqualTo(ResourceRef.toResource("aws_eks_cluster.main", "name"));
        assertThat(cni.addonName().orNull()).isEqualTo("vpc-cni");
        assertThat(cni.addonVersion().orNull()).isEqualTo("v1.18.0-eksbuild.1");
        assertThat(cni.configurationValues().orNull()).isEqualTo(
                "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\"},\"init\":{\"env\":{\"DISABLE_TCP_EARLY_DEMUX\":\"true\"}}}");
        dev.netlint.core.model.aws.EksAddon coredns = get("aws_eks_addon.coredns", dev.netlint.core.model.aws.EksAddon.class);
        assertThat(coredns.addonVersion().isAbsent()).isTrue();
        assertThat(coredns.configurationValues().isAbsent()).isTrue();
        assertThat(workspace.addons()).hasSize(2);
    }
}
