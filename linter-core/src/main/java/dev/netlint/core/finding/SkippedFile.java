package dev.netlint.core.finding;

/** A file of the scanned tree that netlint did not lint, and why (listed with --verbose). */
public record SkippedFile(String path, String reason) {}
