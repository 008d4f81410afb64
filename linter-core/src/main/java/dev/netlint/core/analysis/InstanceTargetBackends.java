package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressBackend;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.TargetGroupBinding;
import java.util.ArrayList;
import java.util.List;

/**
 * The load balancers that send traffic to a Service through its node ports: ALB Ingresses whose effective target
 * type is {@code instance}, and TargetGroupBindings with {@code targetType: instance} (RULES.md NET001 suppression).
 * Instance mode needs a NodePort (or LoadBalancer) Service, so such a NodePort is by design.
 */
public final class InstanceTargetBackends {

    private InstanceTargetBackends() {}

    /** The places that route to {@code service} in instance mode; empty when none does. */
    public static List<RelatedLocation> of(Service service, AnalysisContext context) {
        List<RelatedLocation> users = new ArrayList<>();
        for (Ingress ingress : context.workspace().ingressesRoutingTo(service.namespace(), service.name())) {
            for (IngressBackend backend : ingress.backends()) {
                if (!backend.serviceName().equals(service.name())) {
                    continue;
                }
                AlbIngressAnalysis alb = AlbIngressAnalysis.of(ingress, context);
                if (alb.isAlbManaged().isTrue() && alb.targetType(service).means(TargetType.INSTANCE)) {
                    users.add(new RelatedLocation(backend.location(),
                            ingress.describe() + " routes here with instance targets"));
                    break;
                }
            }
        }
        for (TargetGroupBinding binding : context.workspace().targetGroupBindingsOf(service.namespace(), service.name())) {
            if ("instance".equals(binding.targetType().orNull())) {
                users.add(new RelatedLocation(binding.targetType().location(),
                        binding.describe() + " binds it with targetType instance"));
            }
        }
        return users;
    }
}
