package dev.netlint.core.engine;

import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the files of a run below the paths the user gave. Tool folders ({@code .git}, {@code .terraform},
 * {@code target}, {@code node_modules}) are not entered; symbolic links are never followed, so a link cannot lead the
 * scan outside the tree or round in a loop. Files come back sorted by display path for a stable order.
 */
public final class SourceCollector {

    /** A FIFO, socket or device: reading one can block forever or never end, so it is listed, not read. */
    private static final String NOT_REGULAR = "not a regular file (a FIFO, socket or device); not read";

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".terraform", "target", "node_modules");

    /** The files to read, and the ones passed over with their reason. */
    public record Collected(List<SourceFile> files, List<SkippedFile> skipped, List<String> missing) {}

    public Collected collect(List<String> givenPaths) {
        List<SourceFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String given : givenPaths) {
            Path root = Path.of(given);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(given);
                continue;
            }
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isRegularFile(root) || SourceFormat.forFileName(root.getFileName().toString()) == null) {
                    addFile(root, displayPathOfFile(given), files, skipped, true);
                } else {
                    skipped.add(new SkippedFile(displayPathOfFile(given), NOT_REGULAR));
                }
                continue;
            }
            walk(root, given, files, skipped);
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        skipped.sort(Comparator.comparing(SkippedFile::path));
        return new Collected(dedupe(files), skipped, missing);
    }

    private static List<SourceFile> dedupe(List<SourceFile> files) {
        List<SourceFile> unique = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        for (SourceFile file : files) {
            if (seen.add(file.path().toAbsolutePath().normalize())) {
                unique.add(file);
            }
        }
        return unique;
    }

    private static void walk(Path root, String given, List<SourceFile> files, List<SkippedFile> skipped) {
        String prefix = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String display = join(prefix, root.relativize(file));
                    if (attrs.isSymbolicLink()) {
                        if (SourceFormat.forFileName(file.getFileName().toString()) != null) {
                            skipped.add(new SkippedFile(display, "symbolic link (not followed)"));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        addFile(file, display, files, skipped, false);
                    } else if (SourceFormat.forFileName(file.getFileName().toString()) != null) {
                        skipped.add(new SkippedFile(display, NOT_REGULAR));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) {
                        skipped.add(new SkippedFile(join(prefix, root.relativize(file)), "unreadable: " + e.getClass().getSimpleName()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new SkippedFile(given, "unreadable: " + e.getMessage()));
        }
    }

    private static void addFile(Path file, String display, List<SourceFile> files, List<SkippedFile> skipped,
                                boolean explicitlyNamed) {
        SourceFormat format = SourceFormat.forFileName(file.getFileName().toString());
        if (format != null) {
            files.add(new SourceFile(file, display, format));
        } else if (explicitlyNamed) {
            skipped.add(new SkippedFile(display, "not a file type netlint reads"));
        }
    }

    private static String displayPathOfFile(String given) {
        return given.replace('\\', '/');
    }

    private static String join(String prefix, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        if (prefix.equals(".")) {
            return rel;
        }
        return rel.isEmpty() ? prefix : prefix.replace('\\', '/') + "/" + rel;
    }
}
