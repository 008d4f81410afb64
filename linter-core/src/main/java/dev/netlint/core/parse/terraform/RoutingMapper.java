package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.Route;
import dev.netlint.core.model.aws.RouteTable;
import dev.netlint.core.model.aws.RouteTableAssociation;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Route tables with their routes (inline {@code route} blocks and {@code aws_route} resources folded in), the
 * {@code aws_default_route_table}s and the main tables AWS creates with each VPC, and the associations of subnets and
 * of main tables. An {@code aws_route} whose table cannot be resolved might add to any table, so every table is then
 * marked incomplete.
 */
final class RoutingMapper {

    /** The attributes that name a route's target, in the order the provider documents them. */
    static final List<String> TARGETS = List.of("gateway_id", "nat_gateway_id", "transit_gateway_id",
            "network_interface_id", "instance_id", "vpc_peering_connection_id", "vpc_endpoint_id",
            "egress_only_gateway_id", "carrier_gateway_id", "local_gateway_id", "core_network_arn");

    private final TfEvaluator evaluator;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<ResourceInstance> routes = new ArrayList<>();
    private final List<RouteTableAssociation> associations = new ArrayList<>();

    RoutingMapper(TfEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    private static final class Table {
        final String address;
        final Value<ResourceRef> vpc;
        final boolean main;
        final List<Route> routes = new ArrayList<>();
        boolean complete = true;
        final Location location;

        Table(String address, Value<ResourceRef> vpc, boolean main, Location location) {
            this.address = address;
            this.vpc = vpc;
            this.main = main;
            this.location = location;
        }
    }

    /** The main table AWS creates with a VPC; routes written against {@code main_route_table_id} go there. */
    void addVpc(ResourceInstance instance) {
        Location at = instance.block().location();
        String address = implicitMainTable(instance.address());
        tables.putIfAbsent(address, new Table(address,
                Value.known(ResourceRef.toResource(instance.address(), "id"), at), true, at));
    }

    static String implicitMainTable(String vpcAddress) {
        return vpcAddress + ".main_route_table";
    }

    void addRouteTable(ResourceInstance instance) {
        BlockReader reader = BlockReader.of(evaluator, instance);
        boolean isDefault = instance.type().equals("aws_default_route_table");
        Value<ResourceRef> vpc;
        if (isDefault) {
            Value<ResourceRef> id = reader.ref("default_route_table_id");
            ResourceRef ref = id.orNull();
            vpc = ref != null && ref.isResource() && ref.resourceType().equals("aws_vpc")
                    ? Value.known(ResourceRef.toResource(ref.address(), "id"), id.location())
                    : Value.unknown("default_route_table_id does not name a VPC of the input", id.location());
        } else {
            vpc = reader.ref("vpc_id");
        }
        Table table = new Table(instance.address(), vpc, isDefault, reader.location());
        BlockReader.NestedBlocks inline = reader.blocks("route");
        for (BlockReader route : inline.known()) {
            table.routes.add(route(route, "cidr_block", "ipv6_cidr_block", instance.address()));
        }
        if (!inline.unknown().isEmpty()) {
            table.complete = false;
        }
        tables.put(instance.address(), table);
    }

    void addRoute(ResourceInstance instance) {
        routes.add(instance);
    }

    void addAssociation(ResourceInstance instance) {
        BlockReader reader = BlockReader.of(evaluator, instance);
        boolean main = instance.type().equals("aws_main_route_table_association");
        associations.add(new RouteTableAssociation(instance.address(), main,
                main ? Value.absent(reader.location()) : reader.ref("subnet_id"),
                main ? reader.ref("vpc_id") : Value.absent(reader.location()),
                reader.ref("route_table_id"), reader.location()));
    }

    List<RouteTableAssociation> associations() {
        return List.copyOf(associations);
    }

    /** The tables, with {@code aws_route}s folded in; call once every resource has been added. */
    List<RouteTable> buildTables() {
        boolean someRouteUnplaced = false;
        for (ResourceInstance instance : routes) {
            BlockReader reader = BlockReader.of(evaluator, instance);
            Table table = tableOf(reader.ref("route_table_id").orNull());
            if (table == null) {
                someRouteUnplaced = true;
            } else {
                table.routes.add(route(reader, "destination_cidr_block", "destination_ipv6_cidr_block",
                        instance.address()));
            }
        }
        // An aws_default_route_table manages the VPC's main table: one table, not two.
        for (Table table : List.copyOf(tables.values())) {
            ResourceRef vpc = table.vpc.orNull();
            if (table.main && vpc != null && !table.address.equals(implicitMainTable(vpc.address()))) {
                Table implicit = tables.remove(implicitMainTable(vpc.address()));
                if (implicit != null) {
                    table.routes.addAll(implicit.routes);
                }
            }
        }
        List<RouteTable> result = new ArrayList<>();
        for (Table table : tables.values()) {
            result.add(new RouteTable(table.address, table.vpc, table.main, table.routes,
                    table.complete && !someRouteUnplaced, table.location));
        }
        return result;
    }

    private Table tableOf(ResourceRef ref) {
        if (ref == null || !ref.isResource()) {
            return null;
        }
        if (ref.resourceType().equals("aws_vpc")) {
            boolean main = "main_route_table_id".equals(ref.attribute())
                    || "default_route_table_id".equals(ref.attribute());
            return main ? tables.get(implicitMainTable(ref.address())) : null;
        }
        return tables.get(ref.address());
    }

    private static Route route(BlockReader route, String cidr, String ipv6Cidr, String address) {
        String kind = null;
        Value<ResourceRef> target = Value.absent(route.location());
        for (String attribute : TARGETS) {
            if (route.has(attribute)) {
                Value<ResourceRef> value = route.ref(attribute);
                if (value.isAbsent()) {
                    continue; // written as null
                }
                kind = attribute;
                target = value;
                break;
            }
        }
        return new Route(route.string(cidr), route.string(ipv6Cidr), kind, target, address, route.location());
    }
}
