package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * A route table with every route that applies to it: inline {@code route} blocks and the {@code aws_route}
 * resources that target it. {@code main} marks a VPC's main table: an {@code aws_default_route_table}, or the table
 * AWS creates with the VPC (address {@code aws_vpc.X.main_route_table}, located at the VPC), which holds the
 * {@code aws_route}s written against {@code aws_vpc.X.main_route_table_id}. {@code routesComplete} is false when a
 * {@code dynamic} route block, or an {@code aws_route} whose table cannot be resolved, may add routes.
 */
public record RouteTable(String address, Value<ResourceRef> vpc, boolean main, List<Route> routes,
                         boolean routesComplete, Location location) implements TfResource {

    public RouteTable {
        routes = List.copyOf(routes);
    }
}
