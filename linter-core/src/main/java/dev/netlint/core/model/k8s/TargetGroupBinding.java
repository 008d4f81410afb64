package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;

/** An elbv2.k8s.aws TargetGroupBinding: it attaches a Service to an existing target group. */
public record TargetGroupBinding(ObjectMeta meta, Value<String> serviceName, Value<String> targetType)
        implements K8sResource {}
