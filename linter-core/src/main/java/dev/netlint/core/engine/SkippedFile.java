package dev.netlint.core.engine;

/** A file of the scanned tree that netlint did not lint, and why (listed with --verbose). */
public record SkippedFile(String path, String reason) {}
