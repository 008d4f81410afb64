package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one root module (with the local modules it calls) may cost to evaluate, counted in units of work rather than
 * time so that the same input gets the same answer on any machine under any load (README, "Limits"). Each limit,
 * once exceeded, is refused with one {@code limit-exceeded} problem at the place that exceeded it (repeated refusals
 * of one place, as in every instance of a module, are said once); what was refused becomes unknown, so no rule
 * fires on it, and the rest of the configuration is linted.
 *
 * <p>The limits sit far above real configurations: the registry modules of the corpus expand {@code count} to a
 * handful (one per availability zone or subnet), nest modules three levels deep and hold values of a few hundred
 * items; the largest real values are policy documents and user data scripts of some kilobytes.
 */
final class ExpansionBudget {

    /** Instances of one {@code resource} block ({@code count} or {@code for_each}). */
    static final int MAX_INSTANCES_PER_RESOURCE = 1_000;
    /** Resource instances of a root module and every module it calls, together. */
    static final int MAX_INSTANCES_TOTAL = 10_000;
    /** Instances of one {@code module} block. */
    static final int MAX_INSTANCES_PER_MODULE_CALL = 1_000;
    /** Module instances under one root module, together, at every level. */
    static final int MAX_MODULE_INSTANCES_TOTAL = 1_000;
    /** Levels of local modules calling local modules. */
    static final int MAX_MODULE_DEPTH = 16;
    /**
     * Size of one evaluated value: every list item, map entry and scalar counts one, and a string counts its
     * characters too. A value built by repeating another ({@code [local.a, local.a, ...]}) counts every repetition.
     */
    static final long MAX_VALUE_SIZE = 1_000_000;
    /**
     * Steps of evaluation for one root module: each expression evaluated counts one, each value a function or
     * template builds counts its size, and so does each setting the model keeps. It bounds both the time and the
     * memory the model takes (a step is at most one value held). The registry modules of the corpus take a few
     * hundred steps; a configuration with a hundred launch templates of 16 KB user data each, about three million.
     */
    static final long MAX_STEPS = 5_000_000;

    private final Set<ParseProblem> refusals = new LinkedHashSet<>();
    private long resourceInstances;
    private long moduleInstances;
    private long steps;
    private boolean exhausted;

    /** The refusals so far, in the order they happened, each once. */
    List<ParseProblem> refusals() {
        return new ArrayList<>(refusals);
    }

    /** Records a refusal at {@code at}; the same refusal at the same place is kept once. */
    void refuse(Location at, String message) {
        refusals.add(ParseProblem.limit(at, message));
    }

    /** Takes {@code n} resource instances; false (and nothing taken) when that would pass the total. */
    boolean takeResourceInstances(long n) {
        if (resourceInstances + n > MAX_INSTANCES_TOTAL) {
            return false;
        }
        resourceInstances += n;
        return true;
    }

    /** Takes {@code n} module instances; false (and nothing taken) when that would pass the total. */
    boolean takeModuleInstances(long n) {
        if (moduleInstances + n > MAX_MODULE_INSTANCES_TOTAL) {
            return false;
        }
        moduleInstances += n;
        return true;
    }

    /** Steps spent so far. */
    long steps() {
        return steps;
    }

    /** True once the evaluation steps are spent; from then on every expression is unknown. */
    boolean exhausted() {
        return exhausted;
    }

    /**
     * Spends {@code n} steps of evaluation at {@code at}; false when they are now spent, which is refused once, at
     * the expression that spent the last of them.
     */
    boolean spend(long n, Location at) {
        if (exhausted) {
            return false;
        }
        steps += n;
        if (steps > MAX_STEPS) {
            exhausted = true;
            refuse(at, String.format(Locale.ROOT, "evaluating this configuration took more than netlint's limit of "
                    + "%,d steps (expressions evaluated and values built); values from here on are unknown, so no "
                    + "rule fires on them", MAX_STEPS));
            return false;
        }
        return true;
    }

    /** The size of a value as {@link #MAX_VALUE_SIZE} counts it. */
    static long sizeOf(TfValue value) {
        if (value instanceof TfValue.ListV list) {
            return list.size();
        }
        if (value instanceof TfValue.MapV map) {
            return map.size();
        }
        if (value instanceof TfValue.Str s) {
            return 1L + s.value().length();
        }
        return 1;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
