package dev.netlint.core.lang;

/**
 * A bad and a good input for a rule's documentation, in one format ({@code yaml} or {@code hcl}). The catalog test
 * lints both, so a documented example can never drift from what the rule does.
 */
public record RuleExample(String format, String bad, String good) {
    public RuleExample {
        if (!format.equals("yaml") && !format.equals("hcl")) {
            throw new IllegalArgumentException("example format must be yaml or hcl: " + format);
        }
    }

    /** The file name extension the example is linted under. */
    public String fileExtension() {
        return format.equals("yaml") ? ".yaml" : ".tf";
    }
}
