package dev.netlint.core.source;

import java.nio.file.Path;

/**
 * One file of a run. {@code displayPath} is what findings print: the path as given on the command line
 * joined with the file's path below it, with forward slashes, so output is the same on every platform.
 * {@code path} is null for standard input.
 */
public record SourceFile(Path path, String displayPath, SourceFormat format) {

    public static final String STDIN = "<stdin>";

    public boolean isStdin() {
        return path == null;
    }

    /** The folder whose Terraform files form one module with this one. */
    public Path moduleDirectory() {
        return path == null ? null : path.toAbsolutePath().normalize().getParent();
    }
}
