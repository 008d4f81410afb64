package dev.netlint.maven;

import dev.netlint.core.source.SourceFormat;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the files a module lints: every file netlint reads below the source directories whose path relative to the
 * project base directory matches an include and no exclude (Ant-style: {@code **} any folders, {@code *} part of a
 * name), leaving out the folders of other reactor modules. The engine takes paths, so this is the whole of the
 * plugin's part in choosing inputs; which files are Kubernetes or Terraform is still the engine's decision.
 */
final class SourceScanner {

    /** Folders no module's sources live in (the same ones the engine never enters). */
    static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**", "**/.git/**", "**/.terraform/**", "**/node_modules/**");

    /** What was found: absolute paths, sorted, and the symbolic links that were passed over. */
    record Scan(List<Path> files, List<Path> symbolicLinks) {}

    private final Path baseDirectory;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final Set<Path> prunedDirectories;

    /**
     * @param prunedDirectories folders never entered: the build directory and the base directories of sub-modules,
     *                          which lint their own files
     */
    SourceScanner(Path baseDirectory, List<String> includes, List<String> excludes, Set<Path> prunedDirectories) {
        this.baseDirectory = normal(baseDirectory);
        this.includes = includes.stream().map(Pattern::new).toList();
        this.excludes = excludes.stream().map(Pattern::new).toList();
        this.prunedDirectories = prunedDirectories.stream().map(SourceScanner::normal).collect(java.util.stream.Collectors.toSet());
    }

    Scan scan(List<Path> sourceDirectories) throws IOException {
        Set<Path> files = new TreeSet<>();
        Set<Path> links = new TreeSet<>();
        for (Path directory : sourceDirectories) {
            Path root = normal(directory);
            if (!Files.isDirectory(root)) {
                continue; // a module without k8s/ or terraform/ simply has nothing to lint there
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (prunedDirectories.contains(dir) || excludedFolder(relative(dir)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (SourceFormat.forFileName(file.getFileName().toString()) == null || !selected(relative(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        links.add(file);
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new Scan(List.copyOf(files), List.copyOf(links));
    }

    /** The path relative to the base directory with forward slashes; outside it, the absolute path. */
    String relative(Path path) {
        Path normal = normal(path);
        Path shown = normal.startsWith(baseDirectory) ? baseDirectory.relativize(normal) : normal;
        return shown.toString().replace('\\', '/');
    }

    private boolean selected(String relativePath) {
        return includes.stream().anyMatch(p -> p.matches(relativePath))
                && excludes.stream().noneMatch(p -> p.matches(relativePath));
    }

    /** A folder is left whole when an exclude {@code X/**} has X matching it: nothing below it could be included. */
    private boolean excludedFolder(String relativePath) {
        return excludes.stream().anyMatch(p -> p.excludesFolder(relativePath));
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /**
     * An Ant-style pattern on {@code /}-separated relative paths, on top of {@link PathMatcher} globs: a trailing
     * {@code /} means {@code /**}, and a leading {@code **}{@code /} also matches at the top level, as in Ant.
     */
    static final class Pattern {
        private final List<PathMatcher> matchers = new ArrayList<>();
        private final List<PathMatcher> folderMatchers = new ArrayList<>();

        Pattern(String ant) {
            String pattern = ant.trim().replace('\\', '/');
            if (pattern.startsWith("./")) {
                pattern = pattern.substring(2);
            }
            if (pattern.endsWith("/")) {
                pattern += "**";
            }
            for (String variant : variants(pattern)) {
                matchers.add(glob(variant));
                if (variant.endsWith("/**")) {
                    folderMatchers.add(glob(variant.substring(0, variant.length() - 3)));
                }
            }
        }

        private static List<String> variants(String pattern) {
            List<String> variants = new ArrayList<>();
            variants.add(pattern);
            String rest = pattern;
            while (rest.startsWith("**/")) {
                rest = rest.substring(3);
                variants.add(rest);
            }
            return variants;
        }

        private static PathMatcher glob(String pattern) {
            // Escape the glob syntax Ant patterns do not have, so a name with braces or brackets matches literally.
            String escaped = pattern.replace("[", "\\[").replace("]", "\\]").replace("{", "\\{").replace("}", "\\}");
            // netlint's own matcher: the JDK's glob dialect in linear time, so no pattern stalls on a long name
            dev.netlint.core.suppress.Glob glob = dev.netlint.core.suppress.Glob.compile(escaped);
            return path -> glob.matches(path.toString().replace('\\', '/'));
        }

        boolean matches(String relativePath) {
            Path path = Path.of(relativePath);
            return matchers.stream().anyMatch(m -> m.matches(path));
        }

        boolean excludesFolder(String relativePath) {
            Path path = Path.of(relativePath);
            return folderMatchers.stream().anyMatch(m -> m.matches(path));
        }
    }
}
