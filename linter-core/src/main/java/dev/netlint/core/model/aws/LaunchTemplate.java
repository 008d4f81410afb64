package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_launch_template}. {@code securityGroupIds} joins {@code vpc_security_group_ids} and every
 * {@code network_interfaces.security_groups}; it is absent when the template sets no security groups, in which
 * case a managed node group still gets the EKS cluster security group. {@code userData} is decoded when possible.
 * {@code clusterTies}: the {@code kubernetes.io/cluster/<name>} tags it writes (its own or in tag_specifications).
 */
public record LaunchTemplate(String address, Value<String> name, Value<List<Value<ResourceRef>>> securityGroupIds,
                             Value<String> instanceType, Value<String> imageId, Value<String> userData,
                             Location location, List<String> clusterTies) implements TfResource {

    public LaunchTemplate {
        clusterTies = List.copyOf(clusterTies);
    }

    /** A template whose tags name no cluster. */
    public LaunchTemplate(String address, Value<String> name, Value<List<Value<ResourceRef>>> securityGroupIds,
                          Value<String> instanceType, Value<String> imageId, Value<String> userData,
                          Location location) {
        this(address, name, securityGroupIds, instanceType, imageId, userData, location, List.of());
    }
}
