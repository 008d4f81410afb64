package dev.netlint.core.lang.groovy.catalog;

/** The Java source of a catalog class and the number of rules it builds. */
public record TranslatedCatalog(String javaSource, int rules) {}
