package dev.netlint.core.model.k8s;

import dev.netlint.core.model.Value;

/**
 * A networking.k8s.io IngressClass. {@code parametersKind}/{@code parametersName} come from {@code spec.parameters};
 * {@code isDefault} from the {@code ingressclass.kubernetes.io/is-default-class} annotation.
 */
public record IngressClass(ObjectMeta meta, Value<String> controller, Value<String> parametersApiGroup,
                           Value<String> parametersKind, Value<String> parametersName, boolean isDefault)
        implements K8sResource {

    public static final String ALB_CONTROLLER = "ingress.k8s.aws/alb";
    public static final String AUTO_MODE_ALB_CONTROLLER = "eks.amazonaws.com/alb";
}
