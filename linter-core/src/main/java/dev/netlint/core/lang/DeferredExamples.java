package dev.netlint.core.lang;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rule's examples, each made when first read: the built-in rules read theirs from files, which only a rule page,
 * {@code --explain} or a test needs, so a plain run does not pay for reading them.
 */
final class DeferredExamples extends AbstractList<RuleExample> {

    private final List<Supplier<RuleExample>> suppliers;
    private final RuleExample[] made;

    DeferredExamples(List<Supplier<RuleExample>> suppliers) {
        this.suppliers = List.copyOf(suppliers);
        this.made = new RuleExample[this.suppliers.size()];
    }

    @Override
    public synchronized RuleExample get(int index) {
        if (made[index] == null) {
            made[index] = suppliers.get(index).get();
        }
        return made[index];
    }

    @Override
    public int size() {
        return suppliers.size();
    }
}
