package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.DhcpOptions;
import dev.netlint.core.model.aws.EksAddon;
import dev.netlint.core.model.aws.FargateProfile;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Route;
import dev.netlint.core.model.aws.RouteTable;
import dev.netlint.core.model.aws.RouteTableAssociation;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.TfResource;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.source.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** VPC IPv6 and DHCP sources, subnet IPAM and AZ settings, routing, add-ons, Fargate and instance types. */
class NetworkMappingTest {

    private static Workspace workspace;

    @BeforeAll
    static void load() {
        TerraformTestModules.Loaded loaded = TerraformTestModules.load("network");
        assertThat(loaded.problems()).isEmpty();
        workspace = loaded.workspace();
    }

    private static <T extends TfResource> T get(String address, Class<T> type) {
        return workspace.resource(address, type).orElseThrow(() -> new AssertionError(address));
    }

    @Test
    void vpcIpv6AssociationAndDhcpOptions() {
        Vpc vpc = get("aws_vpc.main", Vpc.class);

        assertThat(vpc.ipv6Associations()).containsExactly(Value.known("aws_vpc_ipv6_cidr_block_association.v6",
                new Location("main.tf", 8, 1, 8, 52)));
        DhcpOptions options = vpc.dhcpOptions().orNull();
        assertThat(options.address()).isEqualTo("aws_vpc_dhcp_options.corp");
        assertThat(vpc.dhcpOptions().location()).isEqualTo(new Location("main.tf", 20, 21, 20, 49));
        assertThat(options.domainNameServers().orNull()).containsExactly(
                Value.known("10.0.0.2", new Location("main.tf", 15, 26, 15, 36)),
                Value.known("AmazonProvidedDNS", new Location("main.tf", 15, 38, 15, 57)));
        assertThat(vpc.ipv4IpamPoolId().isAbsent()).isTrue();
    }

    @Test
    void vpcFromIpamPools() {
        Vpc vpc = get("aws_vpc.ipam", Vpc.class);

        assertThat(vpc.cidrBlock().isAbsent()).isTrue();
        assertThat(vpc.ipv4IpamPoolId()).isEqualTo(Value.known("ipam-pool-0123",
                new Location("main.tf", 24, 25, 24, 41)));
        assertThat(vpc.ipv6IpamPoolId().orNull()).isEqualTo("ipam-pool-0456");
        assertThat(vpc.ipv6Associations()).isEmpty();
        assertThat(vpc.dhcpOptions().isAbsent()).isTrue();
        assertThat(vpc.dhcpOptions().location()).isEqualTo(vpc.location());
    }

    @Test
    void subnetAvailabilityZonesAndNetmask() {
        Subnet first = get("aws_subnet.public[1]", Subnet.class);
        assertThat(first.availabilityZone().isUnknown()).isTrue();
        assertThat(first.availabilityZoneLookup()).isEqualTo(Value.known(
                "data.aws_availability_zones.available.names[1]", new Location("main.tf", 33, 23, 33, 79)));
        assertThat(first.cidrBlock().orNull()).isEqualTo("10.0.1.0/24");

        Subnet isolated = get("aws_subnet.isolated", Subnet.class);
        assertThat(isolated.availabilityZoneLookup().orNull())
                .isEqualTo("data.aws_availability_zones.available.names[1]");
        assertThat(isolated.ipv4NetmaskLength()).isEqualTo(Value.known(28, new Location("main.tf", 44, 29, 44, 31)));
        assertThat(isolated.cidrBlock().isAbsent()).isTrue();

        Subnet privateSubnet = get("aws_subnet.private", Subnet.class);
        assertThat(privateSubnet.availabilityZoneId()).isEqualTo(Value.known("use1-az1",
                new Location("main.tf", 39, 26, 39, 36)));
        assertThat(privateSubnet.availabilityZoneLookup().isAbsent()).isTrue();
    }

    @Test
    void routeTablesFoldInlineAndStandaloneRoutes() {
        RouteTable publicTable = get("aws_route_table.public", RouteTable.class);
        assertThat(publicTable.routes()).hasSize(1);
        Route igw = publicTable.routes().get(0);
        assertThat(igw.destinationCidr()).isEqualTo(Value.known("0.0.0.0/0", new Location("main.tf", 60, 18, 60, 29)));
        assertThat(igw.targetKind()).isEqualTo("gateway_id");
        assertThat(igw.target().orNull()).isEqualTo(ResourceRef.toResource("aws_internet_gateway.gw", "id"));
        assertThat(igw.location()).isEqualTo(new Location("main.tf", 59, 3, 59, 8));

        RouteTable privateTable = get("aws_route_table.private", RouteTable.class);
        assertThat(privateTable.routes()).singleElement().satisfies(route -> {
            assertThat(route.targetKind()).isEqualTo("nat_gateway_id");
            assertThat(route.address()).isEqualTo("aws_route.private_nat");
            assertThat(route.location()).isEqualTo(new Location("main.tf", 69, 1, 69, 35));
        });
        assertThat(privateTable.routesComplete()).isTrue();

        RouteTable main = get("aws_vpc.main.main_route_table", RouteTable.class);
        assertThat(main.main()).isTrue();
        assertThat(main.routes()).isEmpty();
    }

    @Test
    void associationsPerCountInstance() {
        RouteTableAssociation second = get("aws_route_table_association.public[1]", RouteTableAssociation.class);
        assertThat(second.main()).isFalse();
        assertThat(second.subnet().orNull()).isEqualTo(ResourceRef.toResource("aws_subnet.public[1]", "id"));
        assertThat(second.routeTable().orNull()).isEqualTo(ResourceRef.toResource("aws_route_table.public", "id"));
    }

    @Test
    void instanceTypesOfSelfManagedNodes() {
        NodeGroup mixed = get("aws_autoscaling_group.mixed", NodeGroup.class);
        assertThat(mixed.instanceTypes().orNull()).containsExactly(
                Value.known("m5.large", new Location("main.tf", 94, 25, 94, 35)),
                Value.known("c5.large", new Location("main.tf", 97, 25, 97, 35)));
        assertThat(get("aws_instance.node", NodeGroup.class).instanceTypes().orNull())
                .extracting(Value::orNull).containsExactly("t3.large");
    }

    @Test
    void addonsWithConfigurationValues() {
        EksAddon cni = get("aws_eks_addon.cni", EksAddon.class);
        assertThat(cni.cluster().orNull()).isEqualTo(ResourceRef.toResource("aws_eks_cluster.main", "name"));
        assertThat(cni.addonName().orNull()).isEqualTo("vpc-cni");
        assertThat(cni.addonVersion().orNull()).isEqualTo("v1.18.0-eksbuild.1");
        assertThat(cni.configurationValues()).isEqualTo(Value.known("{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\"}}",
                new Location("main.tf", 121, 26, 121, 85)));

        EksAddon unknown = get("aws_eks_addon.unknown_config", EksAddon.class);
        assertThat(unknown.configurationValues().isUnknown()).isTrue();
        assertThat(unknown.cluster().orNull()).as("a literal name of a cluster of the module")
                .isEqualTo(ResourceRef.toResource("aws_eks_cluster.main", "name"));
        assertThat(unknown.addonVersion().isAbsent()).isTrue();

        EksAddon literal = get("aws_eks_addon.literal_config", EksAddon.class);
        assertThat(literal.configurationValues().orNull()).isEqualTo("{\"replicaCount\":3}");
        assertThat(literal.cluster().orNull()).isEqualTo(ResourceRef.literal("other"));
    }

    @Test
    void fargateProfileNamesItsCluster() {
        FargateProfile profile = get("aws_eks_fargate_profile.default", FargateProfile.class);
        assertThat(profile.cluster().orNull()).isEqualTo(ResourceRef.toResource("aws_eks_cluster.main", "name"));
        assertThat(profile.location()).isEqualTo(new Location("main.tf", 138, 1, 138, 45));
    }
}
