package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;

/**
 * An {@code aws_route_table_association} ({@code subnet} set; absent for gateway associations) or an
 * {@code aws_main_route_table_association} ({@code vpc} set, {@code main} true).
 */
public record RouteTableAssociation(String address, boolean main, Value<ResourceRef> subnet, Value<ResourceRef> vpc,
                                    Value<ResourceRef> routeTable, Location location) implements TfResource {}
