package dev.netlint.core.parse.helm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The copy of a chart that Helm is given: netlint reads the chart folder itself and writes a private copy holding
 * only its regular files, so that nothing Helm reads can come from outside the chart. Symbolic links (to files or
 * folders, inside or outside the chart) and other non-regular files (FIFOs, devices) are left out and listed; a file
 * over the size limit is refused by its size, before it is opened; a subchart archive ({@code charts/*.tgz}) is
 * refused when it expands to more than the limit, counted while streaming (never inflated into memory); the whole
 * chart has a total budget. In template files, calls of {@code lookup} become {@code omit dict}, an empty map, which
 * is what {@code lookup} gives in {@code helm template} (helm-java would ask a cluster).
 */
public final class ChartCopy {

    /** What was left out of the copy, relative to the chart folder ({@code templates/x.yaml}). */
    public record Result(List<String> skipped, List<Refused> refused) {}

    /** A file netlint would not copy, and why. */
    public record Refused(String relative, String reason) {}

    private ChartCopy() {
    }

    /**
     * Copies the regular files of {@code chart} into {@code target} (an empty folder). {@code maxFileBytes}: the
     * limit for one file and for the expanded size of a subchart archive; {@code maxTotalBytes}: for all files.
     */
    public static Result copy(Path chart, Path target, long maxFileBytes, long maxTotalBytes) throws IOException {
        List<String> skipped = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        long[] total = {0};
        Path root = chart.toRealPath(); // the folder the user named (or found), followed once
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(relative(root, dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = relative(root, file);
                if (!attrs.isRegularFile()) {
                    skipped.add(relative); // a symbolic link (walked without following links) or a FIFO, device...
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.size() > maxFileBytes) {
                    refused.add(new Refused(relative, "file is " + attrs.size() + " bytes, over the " + maxFileBytes
                            + "-byte limit (--max-file-size); not read"));
                    return FileVisitResult.CONTINUE;
                }
                if (total[0] + attrs.size() > maxTotalBytes) {
                    refused.add(new Refused(relative, "the chart's files are over " + maxTotalBytes
                            + " bytes in all; this file and the rest were not read"));
                    return FileVisitResult.TERMINATE;
                }
                byte[] bytes = read(file, maxFileBytes);
                if (bytes == null) {
                    refused.add(new Refused(relative, "file grew over the " + maxFileBytes
                            + "-byte limit (--max-file-size) while it was read; not read"));
                    return FileVisitResult.CONTINUE;
                }
                total[0] += bytes.length;
                if (isSubchartArchive(relative)) {
                    long expanded = expandedSize(bytes, maxFileBytes);
                    if (expanded < 0) {
                        refused.add(new Refused(relative, "subchart archive expands to more than " + maxFileBytes
                                + " bytes (--max-file-size); not read"));
                        return FileVisitResult.CONTINUE;
                    }
                } else if (isTemplate(relative)) {
                    bytes = withoutLookup(bytes);
                }
                Files.write(target.resolve(relative), bytes, StandardOpenOption.CREATE_NEW);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                refused.add(new Refused(relative(root, file), "cannot read: " + e.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        return new Result(List.copyOf(skipped), List.copyOf(refused));
    }

    private static String relative(Path chart, Path file) {
        return chart.relativize(file).toString().replace('\\', '/');
    }

    /** The file's bytes, read without following a link, or null when it holds more than {@code max}. */
    private static byte[] read(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            return bytes.length > max ? null : bytes;
        }
    }

    /** {@code charts/x.tgz} of this chart or of a subchart folder: Helm inflates these. */
    static boolean isSubchartArchive(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash >= 0 && relative.substring(0, slash + 1).endsWith("charts/")
                && (relative.endsWith(".tgz") || relative.endsWith(".tar.gz"));
    }

    /** A file Helm parses as a template: under a {@code templates/} folder. */
    static boolean isTemplate(String relative) {
        return relative.startsWith("templates/") || relative.contains("/templates/");
    }

    /** The size of a gzip stream's content, or -1 when it is over {@code max} (counted, nothing kept). */
    static long expandedSize(byte[] archive, long max) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(archive))) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > max) {
                    return -1;
                }
            }
            return size;
        } catch (IOException e) {
            return 0; // not gzip: Helm reports the archive it cannot read
        }
    }

    /**
     * The template with each call of {@code lookup} in a {@code {{ }}} action (not in a string or comment) written
     * {@code omit dict}: {@code omit} of an empty {@code dict} takes the same string arguments and gives an empty map.
     */
    static byte[] withoutLookup(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains("lookup")) {
            return bytes;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open + 2);
            i = open + 2;
            // inside an action: up to its }}, skipping strings, raw strings, characters and comments
            while (i < text.length() && !text.startsWith("}}", i)) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'' || c == '`') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) != c) {
                        end += c != '`' && text.charAt(end) == '\\' ? 2 : 1;
                    }
                    end = Math.min(end + 1, text.length());
                    out.append(text, i, end);
                    i = end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? text.length() : end + 2;
                    out.append(text, i, end);
                    i = end;
                } else if (text.startsWith("lookup", i) && !identifierChar(i == 0 ? ' ' : text.charAt(i - 1), true)
                        && !identifierChar(i + 6 < text.length() ? text.charAt(i + 6) : ' ', false)) {
                    out.append("omit dict");
                    i += 6;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean identifierChar(char c, boolean before) {
        return Character.isLetterOrDigit(c) || c == '_' || (before && (c == '.' || c == '$'));
    }

    /** Removes a folder this class wrote (no links in it), quietly. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover in the temporary folder is not worth failing the run for
        }
    }
}
