package dev.netlint.core.output;

import java.nio.file.Path;

/**
 * How machine formats name a finding's file: relative to a root (the repository root in CI), with forward slashes
 * and no leading {@code ./}. A relative path ({@code ./samples/x.yaml}, as given on the command line) is resolved
 * against the working directory first; a path under the root is made relative to it; anything else stays absolute.
 * {@code <stdin>} stays as it is.
 */
public final class ReportPaths {

    private final Path root;
    private final Path workingDirectory;

    /**
     * @param root the directory reported paths are relative to
     * @param workingDirectory the directory relative input paths are relative to
     */
    public ReportPaths(Path root, Path workingDirectory) {
        this.root = root.toAbsolutePath().normalize();
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Relative input paths are relative to {@code root} too. */
    public ReportPaths(Path root) {
        this(root, root);
    }

    /** Relative to the current working directory. */
    public static ReportPaths ofWorkingDirectory() {
        return new ReportPaths(Path.of(""));
    }

    public Path root() {
        return root;
    }

    public String relative(String file) {
        if (file.startsWith("<")) {
            return file;
        }
        String slashed = file.replace('\\', '/');
        Path path;
        try {
            path = Path.of(file);
        } catch (RuntimeException e) {
            return stripDotSlash(slashed);
        }
        Path normal = workingDirectory.resolve(path).normalize();
        if (normal.startsWith(root)) {
            return stripDotSlash(root.relativize(normal).toString().replace('\\', '/'));
        }
        return normal.toString().replace('\\', '/');
    }

    /** True when {@link #relative} gives a path that is not under the root (absolute, or climbing out with ..). */
    public boolean isOutsideRoot(String relative) {
        return relative.startsWith("/") || relative.equals("..") || relative.startsWith("../")
                || (relative.length() > 1 && relative.charAt(1) == ':');
    }

    private static String stripDotSlash(String path) {
        String result = path;
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        return result.isEmpty() ? "." : result;
    }
}
