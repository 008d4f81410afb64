package dev.netlint.core.analysis;

import java.util.Optional;

/**
 * Go's {@code strconv.ParseBool}, which the VPC CNI uses for its environment variables (RULES.md §1.4):
 * 1 t T TRUE true True are true; 0 f F FALSE false False are false; anything else is not a boolean, and the CNI
 * falls back to the variable's default.
 */
public final class GoBool {

    private GoBool() {}

    /** true or false for a Go boolean, empty for anything else. */
    public static Optional<Boolean> parse(String text) {
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
