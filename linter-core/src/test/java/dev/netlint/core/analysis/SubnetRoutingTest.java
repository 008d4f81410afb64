package dev.netlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.parse.terraform.TerraformLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubnetRoutingTest {

    @TempDir
    Path dir;

    private EvalContext load(String hcl) {
        Workspace.Builder builder = Workspace.builder();
        SourceText source = new SourceText(new SourceFile(dir.resolve("main.tf"), "main.tf", SourceFormat.forFileName(
                "main.tf")), hcl);
        assertThat(new TerraformLoader(ScanScope.of(dir)).loadModule(List.of(source), builder)).isEmpty();
        return new EvalContext(builder.build(), LintSettings.DEFAULTS);
    }

    private static Subnet subnet(EvalContext context, String address) {
        return context.workspace().resource(address, Subnet.class).orElseThrow();
    }

    private static final String NETWORK = """
            resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
            resource "aws_internet_gateway" "gw" { vpc_id = aws_vpc.main.id }
            resource "aws_nat_gateway" "nat" { subnet_id = aws_subnet.public.id }
            resource "aws_subnet" "public" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.0.0.0/24"
            }
            resource "aws_subnet" "private" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.0.1.0/24"
            }
            resource "aws_subnet" "unassociated" {
              vpc_id                  = aws_vpc.main.id
              cidr_block              = "10.0.2.0/24"
              map_public_ip_on_launch = true
            }
            resource "aws_route_table" "public" {
              vpc_id = aws_vpc.main.id
              route {
                cidr_block = "0.0.0.0/0"
                gateway_id = aws_internet_gateway.gw.id
              }
            }
            resource "aws_route_table" "private" {
              vpc_id = aws_vpc.main.id
              route {
                cidr_block     = "0.0.0.0/0"
                nat_gateway_id = aws_nat_gateway.nat.id
              }
            }
            resource "aws_route_table_association" "public" {
              subnet_id      = aws_subnet.public.id
              route_table_id = aws_route_table.public.id
            }
            resource "aws_route_table_association" "private" {
              subnet_id      = aws_subnet.private.id
              route_table_id = aws_route_table.private.id
            }
            """;

    @Test
    void internetGatewayRouteMakesASubnetPublic() {
        EvalContext context = load(NETWORK);
        SubnetRouting.Verdict verdict = SubnetRouting.publicVerdict(subnet(context, "aws_subnet.public"), context);

        assertThat(verdict.value()).isEqualTo(Tri.TRUE);
        assertThat(verdict.routeLocation().orElseThrow().location()).isEqualTo(new Location("main.tf", 19, 3, 19, 8));
        assertThat(((SubnetRouting.Resolution.Found) verdict.resolution()).via().location().line()).isEqualTo(31);
        assertThat(SubnetRouting.hasNatEgress(subnet(context, "aws_subnet.public"), context)).isEqualTo(Tri.FALSE);
    }

    @Test
    void natGatewayRouteIsNatEgressNotPublic() {
        EvalContext context = load(NETWORK);
        Subnet privateSubnet = subnet(context, "aws_subnet.private");

        assertThat(SubnetRouting.isPublic(privateSubnet, context)).isEqualTo(Tri.FALSE);
        SubnetRouting.Verdict nat = SubnetRouting.natVerdict(privateSubnet, context);
        assertThat(nat.value()).isEqualTo(Tri.TRUE);
        assertThat(nat.route().orElseThrow().targetKind()).isEqualTo("nat_gateway_id");
        assertThat(nat.routeLocation().orElseThrow().location().line()).isEqualTo(26);
    }

    @Test
    void unassociatedSubnetUsesTheVpcsMainTableNotItsPublicIpFlag() {
        EvalContext context = load(NETWORK);
        Subnet subnet = subnet(context, "aws_subnet.unassociated");

        assertThat(((SubnetRouting.Resolution.Found) SubnetRouting.routeTable(subnet, context)).table().address())
                .isEqualTo("aws_vpc.main.main_route_table");
        assertThat(SubnetRouting.isPublic(subnet, context)).isEqualTo(Tri.FALSE);
        assertThat(SubnetRouting.hasNatEgress(subnet, context)).isEqualTo(Tri.FALSE);
    }

    @Test
    void routesAgainstTheMainRouteTableIdAndDefaultRouteTable() {
        EvalContext context = load("""
                resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
                resource "aws_vpc" "other" { cidr_block = "10.1.0.0/16" }
                resource "aws_subnet" "a" { vpc_id = aws_vpc.main.id }
                resource "aws_subnet" "b" { vpc_id = aws_vpc.other.id }
                resource "aws_route" "igw" {
                  route_table_id         = aws_vpc.main.main_route_table_id
                  destination_cidr_block = "0.0.0.0/0"
                  gateway_id             = "igw-0123"
                }
                resource "aws_subnet" "c" { vpc_id = aws_vpc.other.id }
                resource "aws_route_table_association" "c" {
                  subnet_id      = aws_subnet.c.id
                  route_table_id = aws_vpc.other.main_route_table_id
                }
                resource "aws_default_route_table" "other" {
                  default_route_table_id = aws_vpc.other.default_route_table_id
                  route {
                    cidr_block         = "0.0.0.0/0"
                    transit_gateway_id = "tgw-0123"
                  }
                }
                """);

        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.a"), context)).isEqualTo(Tri.TRUE);
        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.b"), context)).isEqualTo(Tri.FALSE);
        assertThat(SubnetRouting.hasNatEgress(subnet(context, "aws_subnet.b"), context)).isEqualTo(Tri.TRUE);
        assertThat(((SubnetRouting.Resolution.Found) SubnetRouting.routeTable(subnet(context, "aws_subnet.c"), context))
                .table().address())
                .as("an explicit association with main_route_table_id").isEqualTo("aws_default_route_table.other");
        assertThat(context.workspace().routeTables()).extracting(t -> t.address())
                .doesNotContain("aws_vpc.other.main_route_table");
    }

    @Test
    void unresolvableRoutesFallBackToMapPublicIpOnLaunch() {
        EvalContext context = load("""
                variable "subnets" {}
                resource "aws_subnet" "public" {
                  vpc_id                  = module.vpc.vpc_id
                  map_public_ip_on_launch = true
                }
                resource "aws_subnet" "private" {
                  vpc_id = module.vpc.vpc_id
                }
                """);

        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.public"), context)).isEqualTo(Tri.TRUE);
        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.private"), context)).isEqualTo(Tri.UNKNOWN);
        assertThat(SubnetRouting.hasNatEgress(subnet(context, "aws_subnet.public"), context)).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void unknownAssociationsAndTargetsStayUnknown() {
        EvalContext context = load("""
                variable "ids" {}
                resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
                resource "aws_subnet" "a" { vpc_id = aws_vpc.main.id }
                resource "aws_subnet" "b" { vpc_id = aws_vpc.main.id }
                resource "aws_route_table" "rt" {
                  vpc_id = aws_vpc.main.id
                  route {
                    cidr_block = "0.0.0.0/0"
                    gateway_id = module.net.gateway_id
                  }
                }
                resource "aws_route_table_association" "a" {
                  subnet_id      = aws_subnet.a.id
                  route_table_id = aws_route_table.rt.id
                }
                resource "aws_route_table_association" "some" {
                  subnet_id      = var.ids[0]
                  route_table_id = aws_route_table.rt.id
                }
                """);

        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.a"), context)).isEqualTo(Tri.UNKNOWN);
        assertThat(SubnetRouting.routeTable(subnet(context, "aws_subnet.b"), context).isResolved()).isFalse();
        assertThat(SubnetRouting.isPublic(subnet(context, "aws_subnet.b"), context)).isEqualTo(Tri.UNKNOWN);
    }
}
