package dev.netlint.core.lang.groovy.catalog;

import java.util.List;

/** The rule files could not be compiled or use a construct outside the translated subset. */
public final class TranslationException extends Exception {
    private final List<String> problems;

    public TranslationException(List<String> problems) {
        super("the built-in rule files cannot be translated to Java:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line each, {@code file:line:column: message} when the position is known. */
    public List<String> problems() {
        return problems;
    }
}
