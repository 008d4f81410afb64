package dev.netlint.core.analysis;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Value;
import dev.netlint.core.source.HasLocation;

/** Where an analysis records the checks it could not decide while a rule runs (the rule language's events). */
public interface UndecidedChecks {

    /** A check about {@code subject} is undecided because {@code value} (named {@code what}) is not known. */
    void unknown(ModelElement subject, Value<?> value, String what);

    /** A check about {@code subject} is undecided for a reason that is not one unknown value. */
    void unverifiable(ModelElement subject, HasLocation at, String message);
}
