package dev.netlint.core.lang.predicates;

import dev.netlint.core.analysis.AlbIngressAnalysis;
import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.words.Words;
import dev.netlint.core.model.k8s.Ingress;

/** Noun phrases that select Ingresses. */
public final class IngressPredicates {

    private IngressPredicates() {}

    /** Ingresses the AWS Load Balancer Controller (or EKS Auto Mode) turns into an ALB (RULES.md §1.7). */
    public static DescribedPredicate<Ingress> areManagedByTheAlbController() {
        return DescribedPredicate.of("are managed by the AWS Load Balancer Controller",
                (i, c) -> AlbIngressAnalysis.of(i, c).isAlbManaged(),
                (i, c) -> AlbIngressAnalysis.of(i, c).whyManagedIsUnknown().map(DescribedPredicate.Reason::of).orElse(null));
    }

    public static DescribedPredicate<Ingress> haveAnnotation(String key) {
        return Words.haveAnnotation(key);
    }

    /** "have annotation 'key' = 'value'" (values compared after trimming, as the controller does). */
    public static DescribedPredicate<Ingress> haveAnnotation(String key, String value) {
        return Words.haveAnnotation(key, value);
    }
}
