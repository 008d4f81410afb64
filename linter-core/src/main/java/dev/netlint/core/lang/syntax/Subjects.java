package dev.netlint.core.lang.syntax;

import dev.netlint.core.lang.DescribedPredicate;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Workspace;
import java.util.List;
import java.util.function.Function;

/**
 * The immutable "given" part of a rule: which elements of the workspace ("services") and, optionally, which of them
 * ("that have type 'NodePort'"). Predicates combine strictly left to right, as in ArchUnit.
 */
public final class Subjects<T> {

    enum Connective { AND, OR }

    private final String noun;
    private final Function<EvalContext, List<T>> source;
    private final DescribedPredicate<T> selection;

    Subjects(String noun, Function<EvalContext, List<T>> source, DescribedPredicate<T> selection) {
        this.noun = noun;
        this.source = source;
        this.selection = selection;
    }

    static <T> Subjects<T> of(String noun, Function<Workspace, List<T>> source) {
        return new Subjects<>(noun, context -> source.apply(context.workspace()), null);
    }

    /** Subjects that are derived with the settings as well (the VPC CNI configurations, workloads). */
    static <T> Subjects<T> derived(String noun, Function<EvalContext, List<T>> source) {
        return new Subjects<>(noun, source, null);
    }

    @SuppressWarnings("unchecked")
    Subjects<T> with(Connective connective, DescribedPredicate<? super T> predicate) {
        DescribedPredicate<T> next = (DescribedPredicate<T>) predicate;
        if (selection == null) {
            return new Subjects<>(noun, source, next);
        }
        return new Subjects<>(noun, source, connective == Connective.AND ? selection.and(next) : selection.or(next));
    }

    /** "services", "services that have type 'NodePort'". */
    String description() {
        return selection == null ? noun : noun + " that " + selection.description();
    }

    /** The elements the selection answers TRUE for, and those it cannot answer for (never checked, but told). */
    record Selection<T>(List<T> selected, List<T> undecided) {}

    /** Why the selection cannot answer for {@code element}, when its predicates can say. */
    DescribedPredicate.Reason whyUndecided(T element, EvalContext context) {
        return selection == null ? null : selection.whyUnknown(element, context);
    }

    Selection<T> select(EvalContext context) {
        List<T> all = source.apply(context);
        if (selection == null) {
            return new Selection<>(all, List.of());
        }
        List<T> selected = new java.util.ArrayList<>();
        List<T> undecided = new java.util.ArrayList<>();
        for (T element : all) {
            Tri answer = selection.test(element, context);
            if (answer.isTrue()) {
                selected.add(element);
            } else if (answer.isUnknown()) {
                undecided.add(element);
            }
        }
        return new Selection<>(selected, undecided);
    }
}
