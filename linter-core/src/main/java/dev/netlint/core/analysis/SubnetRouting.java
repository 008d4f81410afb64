package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Route;
import dev.netlint.core.model.aws.RouteTable;
import dev.netlint.core.model.aws.RouteTableAssociation;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.net.Cidr;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a subnet's IPv4 default route goes (RULES.md NET022 "Routing").
 *
 * <p>The subnet's route table is the one an {@code aws_route_table_association} gives it; without one, its VPC's main
 * table: an {@code aws_main_route_table_association}, else the {@code aws_default_route_table}, else the table AWS
 * created with the VPC (which has only the local route plus {@code aws_route}s written against
 * {@code main_route_table_id}). The table cannot be resolved when an association names a table outside the input,
 * when some association's subnet is not known (it may be this subnet's), or when the subnet's VPC is not in the input.
 *
 * <p>{@link #isPublic} is TRUE when the table sends {@code 0.0.0.0/0} to an internet gateway
 * ({@code gateway_id} of an {@code aws_internet_gateway}, or a literal {@code igw-} id). When the routes cannot be
 * resolved it falls back to the subnet's {@code map_public_ip_on_launch}: {@code true} counts as public (AWS gives
 * instances public addresses only where that makes sense), anything else stays UNKNOWN, because a subnet without
 * public IPs on launch can still route to an internet gateway.
 *
 * <p>{@link #hasNatEgress} is TRUE when {@code 0.0.0.0/0} goes to a NAT gateway, a NAT instance (an
 * {@code instance_id} or {@code network_interface_id} target) or a transit gateway; FALSE when every route of a
 * complete table is known and none does; UNKNOWN otherwise.
 */
public final class SubnetRouting {

    /** How a subnet's route table was found ({@link Found}), or why it cannot be ({@link NotFound}). */
    public sealed interface Resolution {
        /** The route table, and the association (or main-table rule) that makes it the subnet's. */
        record Found(RouteTable table, RelatedLocation via) implements Resolution {}

        record NotFound(String because) implements Resolution {}

        default boolean isResolved() {
            return this instanceof Found;
        }
    }

    /** A verdict with the route that decided it (empty when none did), for related locations. */
    public record Verdict(Tri value, Optional<Route> route, Resolution resolution) {
        /** Why the verdict is UNKNOWN, as a sentence for --strict. */
        public String whyUnknown(Subnet subnet) {
            if (resolution instanceof Resolution.NotFound notFound) {
                return "the route table of " + subnet.address() + " is not known: " + notFound.because();
            }
            return "a 0.0.0.0/0 route of " + ((Resolution.Found) resolution).table().address()
                    + " goes to a target that is not known";
        }

        public Optional<RelatedLocation> routeLocation() {
            return route.map(r -> new RelatedLocation(r.location(), "the default route of "
                    + ((Resolution.Found) resolution).table().address() + " goes to " + r.target().orNull() + " here"));
        }
    }

    private SubnetRouting() {}

    public static Tri isPublic(Subnet subnet, AnalysisContext context) {
        return publicVerdict(subnet, context).value();
    }

    public static Tri hasNatEgress(Subnet subnet, AnalysisContext context) {
        return natVerdict(subnet, context).value();
    }

    public static Verdict publicVerdict(Subnet subnet, AnalysisContext context) {
        Resolution resolution = routeTable(subnet, context);
        if (!resolution.isResolved()) {
            boolean mapPublic = subnet.mapPublicIpOnLaunch().test(Boolean::booleanValue).isTrue();
            return new Verdict(mapPublic ? Tri.TRUE : Tri.UNKNOWN, Optional.empty(), resolution);
        }
        return defaultRouteTo(resolution, SubnetRouting::isInternetGateway);
    }

    public static Verdict natVerdict(Subnet subnet, AnalysisContext context) {
        Resolution resolution = routeTable(subnet, context);
        if (!resolution.isResolved()) {
            return new Verdict(Tri.UNKNOWN, Optional.empty(), resolution);
        }
        return defaultRouteTo(resolution, SubnetRouting::isNatLike);
    }

    /** The route table that applies to the subnet, as far as the input says. */
    public static Resolution routeTable(Subnet subnet, AnalysisContext context) {
        List<RouteTableAssociation> associations = context.workspace().routeTableAssociations();
        boolean someSubnetUnknown = false;
        for (RouteTableAssociation association : associations) {
            if (association.main()) {
                continue;
            }
            ResourceRef target = association.subnet().orNull();
            if (target == null) {
                someSubnetUnknown |= association.subnet().isUnknown();
                continue;
            }
            if (target.isResource() && target.address().equals(subnet.address())) {
                return tableOf(association, "explicit association " + association.address(), context);
            }
        }
        if (someSubnetUnknown) {
            return new Resolution.NotFound("an association's subnet is not known");
        }
        ResourceRef vpcRef = subnet.vpc().orNull();
        Optional<Vpc> vpc = vpcRef == null || !vpcRef.isResource() ? Optional.empty()
                : context.workspace().resource(vpcRef.address(), Vpc.class);
        if (vpc.isEmpty()) {
            return new Resolution.NotFound("the subnet's VPC is not in the input");
        }
        for (RouteTableAssociation association : associations) {
            if (!association.main()) {
                continue;
            }
            ResourceRef target = association.vpc().orNull();
            if (target == null) {
                return new Resolution.NotFound("a main route table association's VPC is not known");
            }
            if (target.isResource() && target.address().equals(vpc.get().address())) {
                return tableOf(association, "main route table association " + association.address(), context);
            }
        }
        for (RouteTable table : context.workspace().routeTables()) {
            ResourceRef tableVpc = table.vpc().orNull();
            if (table.main() && tableVpc != null && vpc.get().address().equals(tableVpc.address())) {
                return new Resolution.Found(table, new RelatedLocation(table.location(),
                        "the main route table of " + vpc.get().address()));
            }
        }
        return new Resolution.NotFound("the main route table of " + vpc.get().address() + " is not known");
    }

    private static Resolution tableOf(RouteTableAssociation association, String how, AnalysisContext context) {
        ResourceRef table = association.routeTable().orNull();
        Optional<RouteTable> found = table == null || !table.isResource() ? Optional.empty()
                : context.workspace().resource(table.address(), RouteTable.class);
        if (found.isEmpty() && table != null && table.isResource() && table.resourceType().equals("aws_vpc")) {
            // aws_vpc.X.main_route_table_id: the VPC's main table, whether AWS's own or an aws_default_route_table
            String vpc = table.address();
            found = context.workspace().routeTables().stream()
                    .filter(t -> t.main() && t.vpc().isKnown() && vpc.equals(t.vpc().orNull().address()))
                    .findFirst();
        }
        return found.<Resolution>map(t -> new Resolution.Found(t, new RelatedLocation(association.location(), how)))
                .orElseGet(() -> new Resolution.NotFound(how + " names a route table that is not in the input"));
    }

    private static Verdict defaultRouteTo(Resolution resolution, java.util.function.Function<Route, Tri> test) {
        RouteTable table = ((Resolution.Found) resolution).table();
        Tri result = Tri.FALSE;
        for (Route route : table.routes()) {
            Tri isDefault = isIpv4Default(route.destinationCidr());
            Tri matches = isDefault.and(route.targetKind() == null ? Tri.FALSE : test.apply(route));
            if (matches.isTrue()) {
                return new Verdict(Tri.TRUE, Optional.of(route), resolution);
            }
            result = result.or(matches);
        }
        if (result.isFalse() && !table.routesComplete()) {
            result = Tri.UNKNOWN;
        }
        return new Verdict(result, Optional.empty(), resolution);
    }

    private static Tri isIpv4Default(Value<String> destination) {
        if (destination.isUnknown()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(destination.isKnown()
                && Cidr.parse(destination.orNull()).map(c -> c.isIpv4() && c.isEverything()).orElse(false));
    }

    /** A gateway_id that is an internet gateway; a virtual private gateway or anything else is not. */
    private static Tri isInternetGateway(Route route) {
        if (!route.targetKind().equals("gateway_id")) {
            return Tri.FALSE;
        }
        Value<ResourceRef> target = route.target();
        ResourceRef ref = target.orNull();
        if (ref == null) {
            return target.isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        if (ref.isResource()) {
            String type = ref.resourceType();
            return type.equals("aws_internet_gateway") ? Tri.TRUE
                    : type.equals("aws_vpn_gateway") || type.equals("aws_vpc_endpoint") ? Tri.FALSE : Tri.UNKNOWN;
        }
        String id = ref.literal().toLowerCase(Locale.ROOT);
        return id.startsWith("igw-") ? Tri.TRUE : id.startsWith("vgw-") || id.equals("local") ? Tri.FALSE
                : Tri.UNKNOWN;
    }

    private static Tri isNatLike(Route route) {
        return switch (route.targetKind()) {
            case "nat_gateway_id", "transit_gateway_id", "network_interface_id", "instance_id" ->
                    route.target().isAbsent() ? Tri.FALSE : Tri.TRUE;
            default -> Tri.FALSE;
        };
    }
}
