package dev.netlint.core.lang.predicates;

import dev.netlint.core.analysis.InstanceTargetBackends;
import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.words.Words;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.k8s.Service;
import java.util.Arrays;
import java.util.List;

/** Noun phrases that select Services. */
public final class ServicePredicates {

    private ServicePredicates() {}

    /** "have type 'NodePort'"; a type netlint does not know is refused when the rule is built. */
    public static DescribedPredicate<Service> haveType(String type) {
        requireKnownType(type);
        return DescribedPredicate.of("have type '" + type + "'", (s, c) -> s.effectiveType().test(type::equals), ServicePredicates::whyTypeIsUnknown);
    }

    private static DescribedPredicate.Reason whyTypeIsUnknown(Service service, dev.netlint.core.lang.EvalContext c) {
        return DescribedPredicate.Reason.ofUnknown(service.type(), "type");
    }

    public static DescribedPredicate<Service> haveAnyTypeOf(String... types) {
        List<String> wanted = Arrays.asList(types);
        wanted.forEach(ServicePredicates::requireKnownType);
        return DescribedPredicate.of("have type " + String.join(" or ", wanted.stream().map(t -> "'" + t + "'").toList()),
                (s, c) -> s.effectiveType().test(wanted::contains), ServicePredicates::whyTypeIsUnknown);
    }

    public static DescribedPredicate<Service> areInNamespace(String namespace) {
        return DescribedPredicate.of("are in namespace '" + namespace + "'", (s, c) -> Tri.of(namespace.equals(s.namespace())));
    }

    public static DescribedPredicate<Service> haveAnnotation(String key) {
        return Words.haveAnnotation(key);
    }

    /** Backends of an ALB Ingress or TargetGroupBinding in instance mode, which need a node port by design. */
    public static DescribedPredicate<Service> areInstanceTargetBackends() {
        return DescribedPredicate.of("are instance-target backends of a load balancer",
                (s, c) -> Tri.of(!InstanceTargetBackends.of(s, c).isEmpty()));
    }

    public static DescribedPredicate<Service> areClaimedByTheLoadBalancerController() {
        return DescribedPredicate.of("are load balanced by the AWS Load Balancer Controller",
                (s, c) -> LbcServiceAnalysis.of(s, c).isClaimedByModernController());
    }

    private static void requireKnownType(String type) {
        if (!Service.VALID_TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown Service type '" + type + "'; expected one of "
                    + String.join(", ", Service.VALID_TYPES.stream().sorted().toList()));
        }
    }
}
