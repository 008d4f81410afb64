package dev.netlint.core.lang.groovy.catalog;

import org.codehaus.groovy.ast.ASTNode;

/** A construct outside the translated subset: ends the translation of one statement, reported at {@link #node}. */
final class UnsupportedConstruct extends RuntimeException {

    /** The subset, as messages name it. */
    static final String SUBSET = "a built-in rule file may hold only rule(id, name) { ... } blocks of "
            + "RuleSpec words (severity, summary, check(...), ...) whose arguments are strings (joined with +), "
            + "whole numbers, booleans, lists, static constants and chains of Java method calls of such arguments";

    private final transient ASTNode node;

    UnsupportedConstruct(ASTNode node, String message) {
        super(message, null, false, false);
        this.node = node;
    }

    /** Where the problem is reported; may be null. */
    ASTNode node() {
        return node;
    }

    /** {@code node} when it has a position, else {@code fallback}. */
    static ASTNode positioned(ASTNode node, ASTNode fallback) {
        return node != null && node.getLineNumber() > 0 ? node : fallback;
    }
}
