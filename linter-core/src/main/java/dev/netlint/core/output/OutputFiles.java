package dev.netlint.core.output;

import dev.netlint.core.source.SourceFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the files netlint produces (reports, baselines) and checks where they go before a run starts.
 * <p>
 * A file is written to a temporary file next to it ({@code .netlint-*.tmp}), then renamed over the target, so a
 * reader never sees half a report. The temporary file is created the way any file the user writes is, with the
 * process's umask (not {@code 0600} as {@link Files#createTempFile} would), and it is removed on every way out: the
 * end of the write, an exception, and the end of the process (a shutdown hook, which also runs on SIGTERM and
 * Ctrl-C).
 */
public final class OutputFiles {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile boolean hookInstalled;

    private OutputFiles() {
    }

    /** Writes the text a writer produces. */
    @FunctionalInterface
    public interface Content {
        void write(Writer out) throws IOException;
    }

    /**
     * Why {@code output} cannot be written, or null when it can: it is a symbolic link, a folder, a FIFO, socket or
     * device, its folder does not exist, or it is one of the run's inputs. {@code inputs} are the paths the user gave
     * (files and folders to lint, configuration, baseline, variable and values files): the output must not be one of
     * those files, nor an existing file inside one of those folders that netlint would lint as a manifest or
     * Terraform (a {@code .json} file there is taken to be an earlier report, as it usually is).
     */
    public static String refusal(Path output, Collection<Path> inputs) {
        if (Files.isSymbolicLink(output)) {
            return "is a symbolic link; netlint writes only regular files (give the link's target instead)";
        }
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return "is a folder";
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a regular file (a FIFO, socket or device)";
        }
        Path parent = output.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "its folder " + (parent == null ? "" : parent + " ") + "does not exist";
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path real = realPath(output);
        for (Path input : inputs) {
            Path in = realPath(input);
            if (in.equals(real)) {
                return "is one of the inputs of this run; netlint never overwrites what it reads";
            }
            SourceFormat format = SourceFormat.forFileName(output.getFileName().toString());
            if (Files.isDirectory(in) && real.startsWith(in) && format != null && format != SourceFormat.JSON
                    && !output.getFileName().toString().equals(".netlint.yaml")) {
                return "is a file this run lints (inside " + input + "); netlint never overwrites what it reads";
            }
        }
        return null;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Writes {@code target} through a temporary file next to it and a rename. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = createTemp(absolute.getParent());
        try {
            try (Writer out = new java.io.BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                content.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } finally {
                PENDING.remove(temp);
            }
        }
    }

    /** A new empty file {@code .netlint-<random>.tmp} in {@code folder}, created with the umask's permissions. */
    private static Path createTemp(Path folder) throws IOException {
        installHook();
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(".netlint-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            PENDING.add(temp);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (OutputFiles.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::removePending, "netlint-temp-cleanup"));
                hookInstalled = true;
            }
        }
    }

    /** Removes the temporary files of writes still under way (the process is ending). */
    static void removePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // nothing more can be done while the process ends
            }
        }
    }

    /** The temporary files of writes under way (for tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }
}
