package dev.netlint.core.parse.hcl;

import dev.netlint.core.parse.ParseProblem;
import java.util.Objects;

/** A loaded file, or the one problem that kept it from loading. Exactly one of the two is non-null. */
public record HclParseResult(HclFile file, ParseProblem problem) {

    public HclParseResult {
        if ((file == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of file and problem");
        }
    }

    static HclParseResult parsed(HclFile file) {
        return new HclParseResult(Objects.requireNonNull(file), null);
    }

    static HclParseResult failed(ParseProblem problem) {
        return new HclParseResult(null, Objects.requireNonNull(problem));
    }

    public boolean isParsed() {
        return file != null;
    }
}
