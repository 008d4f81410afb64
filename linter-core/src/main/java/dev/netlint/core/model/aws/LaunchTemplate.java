package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * An {@code aws_launch_template}. {@code securityGroupIds} joins {@code vpc_security_group_ids} and every
 * {@code network_interfaces.security_groups}; it is absent when the template sets no security groups, in which
 * case a managed node group still gets the EKS cluster security group. {@code userData} is decoded when possible.
 */
public record LaunchTemplate(String address, Value<String> name, Value<List<Value<ResourceRef>>> securityGroupIds,
                             Value<String> instanceType, Value<String> imageId, Value<String> userData,
                             Location location) implements TfResource {}
