package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.SkippedFile;
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
 * {@code target}, {@code node_modules}) are not entered; symbolic links inside the tree are never followed (one with a
 * name netlint reads is listed as skipped), so a link cannot lead the scan outside the tree or round in a loop. A
 * path the user gives that is itself a link is followed: the user named it. Files come back sorted by display path for a stable order.
 */
public final class SourceCollector {

    /** A FIFO, socket or device: reading one can block forever or never end, so it is listed, not read. */
    private static final String NOT_REGULAR = SourceReader.NOT_REGULAR;

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".terraform", "target", "node_modules");

    /**
     * The files to read, the ones passed over with their reason, the paths given that do not exist, and the files or
     * folders that could not be read (each a {@code parse-error} finding: what is in them was not linted).
     */
    public record Collected(List<SourceFile> files, List<SkippedFile> skipped, List<String> missing,
                            List<SkippedFile> unreadable) {}

    public Collected collect(List<String> givenPaths) {
        List<SourceFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<SkippedFile> unreadable = new ArrayList<>();
        for (String given : givenPaths) {
            Path root = Path.of(given);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(given);
                continue;
            }
            if (Files.isSymbolicLink(root) && Files.isDirectory(root)) {
                // The user named this link, so it is followed (links below it are not): without this a link to a
                // folder linted nothing and passed.
                try {
                    walk(root.toRealPath(), given, files, skipped, unreadable);
                } catch (IOException | SecurityException e) {
                    unreadable.add(new SkippedFile(displayPathOfFile(given), reason(e)));
                }
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
            walk(root, given, files, skipped, unreadable);
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        skipped.sort(Comparator.comparing(SkippedFile::path));
        unreadable.sort(Comparator.comparing(SkippedFile::path));
        return new Collected(dedupe(files), skipped, missing, unreadable);
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

    private static void walk(Path root, String given, List<SourceFile> files, List<SkippedFile> skipped,
                             List<SkippedFile> unreadable) {
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
                        unreadable.add(new SkippedFile(join(prefix, root.relativize(file)), reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreadable.add(new SkippedFile(join(prefix, root.relativize(dir)), reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(new SkippedFile(given, reason(e)));
        }
    }

    /** Why a path could not be read, without the machine's absolute path (messages stay the same everywhere). */
    private static String reason(Exception e) {
        String detail = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : null;
        return "cannot read: " + e.getClass().getSimpleName() + (detail == null ? "" : " (" + detail + ")")
                + "; nothing in it was linted";
    }

    private static void addFile(Path file, String display, List<SourceFile> files, List<SkippedFile> skipped,
                                boolean explicitlyNamed) {
        String name = file.getFileName().toString();
        SourceFormat format = SourceFormat.forFileName(name);
        if (format != null) {
            files.add(new SourceFile(file, display, format));
        } else if (TERRAGRUNT_FILES.contains(name)) {
            skipped.add(new SkippedFile(display, TERRAGRUNT));
        } else if (explicitlyNamed) {
            skipped.add(new SkippedFile(display, "not a file type netlint reads"));
        }
    }

    /**
     * Terragrunt's configuration file names. Such a file holds the inputs (CIDRs, endpoint access...) of the module it
     * deploys, so a tree built with Terragrunt would otherwise lint little and say nothing about why: each is listed
     * as skipped. Other {@code .hcl} files (lock files, linters' settings, Terragrunt includes) are not.
     */
    private static final Set<String> TERRAGRUNT_FILES = Set.of("terragrunt.hcl", "terragrunt.hcl.json",
            "terragrunt.stack.hcl");

    private static final String TERRAGRUNT = "Terragrunt configuration: netlint does not read Terragrunt; lint the "
            + "plan it makes (terragrunt plan -out plan.out, then terragrunt show -json plan.out | netlint -)";

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
