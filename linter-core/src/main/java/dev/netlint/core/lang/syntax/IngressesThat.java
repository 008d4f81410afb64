package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.predicates.IngressPredicates;
import dev.netlint.core.model.k8s.Ingress;

/** The vocabulary that selects Ingresses. */
public final class IngressesThat extends SelectionSteps<Ingress, GivenIngressesConjunction> {

    IngressesThat(Subjects<Ingress> subjects, Subjects.Connective connective) {
        super(subjects, connective, GivenIngressesConjunction::new);
    }

    public GivenIngressesConjunction areManagedByTheAlbController() {
        return add(IngressPredicates.areManagedByTheAlbController());
    }

    public GivenIngressesConjunction haveAnnotation(String key) {
        return add(IngressPredicates.haveAnnotation(key));
    }

    public GivenIngressesConjunction haveAnnotation(String key, String value) {
        return add(IngressPredicates.haveAnnotation(key, value));
    }
}
