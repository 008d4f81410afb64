package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/** An {@code aws_vpc_dhcp_options} set: its {@code domain_name_servers} (absent when not written). */
public record DhcpOptions(String address, Value<List<Value<String>>> domainNameServers, Location location) {}
