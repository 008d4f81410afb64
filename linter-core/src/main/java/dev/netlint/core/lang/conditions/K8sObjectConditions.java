package dev.netlint.core.lang.conditions;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.K8sResource;

/** What any Kubernetes object should have; the building blocks of users' own rules. */
public final class K8sObjectConditions {

    private K8sObjectConditions() {}

    /** "have annotation 'key'": reported at {@code metadata} when missing. */
    public static <T extends K8sResource> Condition<T> haveAnnotation(String key) {
        return new Condition<>("have annotation '" + key + "'") {
            @Override
            public void check(T object, EvalContext context, ConditionEvents events) {
                Value<String> value = object.meta().annotation(key);
                if (value.isAbsent()) {
                    events.violation(object, object.meta()::metadataLocation,
                            object.describe() + " does not have annotation '" + key + "'");
                }
            }
        };
    }
}
