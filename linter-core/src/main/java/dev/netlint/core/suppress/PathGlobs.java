package dev.netlint.core.suppress;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Path patterns of the configuration ({@code exclude: [charts/**, legacy/*.yaml]}), relative to the folder of the
 * configuration file. Java glob syntax ({@code *} within one folder, {@code **} across folders, {@code {a,b}}); a
 * pattern also matches everything below a folder it matches ({@code charts} excludes {@code charts/a/b.yaml}), and a
 * pattern without {@code /} matches a file or folder name at any depth ({@code *.tfvars}, {@code legacy}).
 */
public final class PathGlobs {

    public static final PathGlobs NONE = new PathGlobs(List.of(), Path.of(""));

    private record Glob(String pattern, PathMatcher matcher, boolean anyDepth) {}

    private final List<Glob> globs;
    private final Path base;

    public PathGlobs(List<String> patterns, Path base) {
        this.base = base.toAbsolutePath().normalize();
        List<Glob> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(compile(pattern));
        }
        this.globs = List.copyOf(compiled);
    }

    /** Compiles one pattern; throws IllegalArgumentException (with the reason) when it is not a valid glob. */
    public static void check(String pattern) {
        compile(pattern);
    }

    private static Glob compile(String pattern) {
        String normal = pattern.replace('\\', '/').strip();
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        while (normal.length() > 1 && normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (normal.isEmpty()) {
            throw new IllegalArgumentException("empty path pattern");
        }
        try {
            return new Glob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + normal), !normal.contains("/"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid path pattern: " + e.getMessage());
        }
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    public List<String> patterns() {
        return globs.stream().map(Glob::pattern).toList();
    }

    /**
     * The deepest folder above {@code file} that a pattern matches (as an absolute, normalised path), or null when
     * none does: the root of the workspace the file belongs to ({@code workspaces: [clusters/*]}). Only folders
     * inside the base count, never the file itself. Workspace patterns are anchored at the base: {@code *} is one
     * folder level and {@code **} any depth, so {@code *} names the base's own subfolders and {@code maven-project}
     * that one folder, not a folder of that name deeper down.
     */
    public Path deepestMatchingFolder(Path file) {
        if (globs.isEmpty() || file == null) {
            return null;
        }
        Path relative;
        try {
            relative = base.relativize(file.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return null;
        }
        if (relative.startsWith("..")) {
            return null;
        }
        for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
            for (Glob glob : globs) {
                if (glob.matcher().matches(folder)) {
                    return base.resolve(folder).normalize();
                }
            }
        }
        return null;
    }

    /** The first pattern that matches a file (a display path, relative to the working directory), or null. */
    public String match(String displayPath) {
        if (globs.isEmpty() || displayPath.startsWith("<")) {
            return null;
        }
        Path file;
        try {
            file = base.relativize(Path.of(displayPath).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return null;
        }
        for (Glob glob : globs) {
            for (Path candidate = file; candidate != null && !candidate.toString().isEmpty(); candidate = candidate.getParent()) {
                if (glob.matcher().matches(candidate)
                        || (glob.anyDepth() && candidate.getFileName() != null && glob.matcher().matches(candidate.getFileName()))) {
                    return glob.pattern();
                }
            }
        }
        return null;
    }
}
