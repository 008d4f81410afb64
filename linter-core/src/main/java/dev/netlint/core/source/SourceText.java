package dev.netlint.core.source;

/** A file's decoded text, ready for a loader. Line endings are kept as written so columns stay exact. */
public record SourceText(SourceFile file, String text) {}
