package dev.netlint.core.suppress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Path patterns of the configuration ({@code exclude: [charts/**, legacy/*.yaml]}), relative to the folder of the
 * configuration file. Java glob syntax ({@code *} within one folder, {@code **} across folders, {@code {a,b}}); a
 * pattern also matches everything below a folder it matches ({@code charts} excludes {@code charts/a/b.yaml}), and a
 * pattern without {@code /} matches a file or folder name at any depth ({@code *.tfvars}, {@code legacy}). Matching
 * takes time linear in the path's length whatever the pattern ({@link Glob}), so a pattern of many stars cannot stall
 * a run on a long file name.
 */
public final class PathGlobs {

    public static final PathGlobs NONE = new PathGlobs(List.of(), Path.of(""));

    /** One pattern, relative to its own base (patterns of the configuration and of the command line may differ). */
    private record Compiled(String pattern, Glob glob, boolean anyDepth, Path base) {
        boolean matches(Path path) {
            return glob.matches(path.toString().replace('\\', '/'));
        }
    }

    private final List<Compiled> globs;
    private final Path base;

    public PathGlobs(List<String> patterns, Path base) {
        this.base = base.toAbsolutePath().normalize();
        List<Compiled> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(compile(pattern, this.base));
        }
        this.globs = List.copyOf(compiled);
    }

    private PathGlobs(Path base, List<Compiled> globs) {
        this.globs = List.copyOf(globs);
        this.base = base;
    }

    /**
     * These patterns, then {@code more}'s, each still relative to its own base: the configuration's {@code exclude}
     * (relative to the configuration file's folder) with {@code --exclude} (relative to the working directory).
     */
    public PathGlobs plus(PathGlobs more) {
        if (more.globs.isEmpty()) {
            return this;
        }
        List<Compiled> all = new ArrayList<>(globs);
        all.addAll(more.globs);
        return new PathGlobs(globs.isEmpty() ? more.base : base, all);
    }

    /** Compiles one pattern; throws IllegalArgumentException (with the reason) when it is not a valid glob. */
    public static void check(String pattern) {
        compile(pattern, Path.of(""));
    }

    private static Compiled compile(String pattern, Path base) {
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
            return new Compiled(pattern, Glob.compile(normal), !normal.contains("/"), base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid path pattern: " + e.getMessage());
        }
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    public List<String> patterns() {
        return globs.stream().map(Compiled::pattern).toList();
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
            for (Compiled glob : globs) {
                if (glob.matches(folder)) {
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
        Path absolute;
        try {
            absolute = Path.of(displayPath).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
        for (Compiled glob : globs) {
            Path file;
            try {
                file = glob.base().relativize(absolute);
            } catch (RuntimeException e) {
                continue;
            }
            for (Path candidate = file; candidate != null && !candidate.toString().isEmpty(); candidate = candidate.getParent()) {
                if (glob.matches(candidate)
                        || (glob.anyDepth() && candidate.getFileName() != null && glob.matches(candidate.getFileName()))) {
                    return glob.pattern();
                }
            }
        }
        return null;
    }
}
