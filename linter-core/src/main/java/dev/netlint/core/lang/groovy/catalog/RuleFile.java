package dev.netlint.core.lang.groovy.catalog;

/** A rule file: its name in messages, its path relative to the source root (in comments), its text. */
public record RuleFile(String displayName, String relativeName, String text) {}
