package dev.netlint.core.parse.terraform;

import dev.netlint.core.source.ScanScope;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The only way evaluation reads a file ({@code file()}, {@code templatefile()}, {@code filebase64()}). A path is
 * resolved against the module folder and opened only when {@link ScanScope#allows} says it lies inside a scanned
 * root (after {@code ..} and symbolic links), so hostile configuration cannot make netlint read {@code /etc/passwd}.
 * Anything that looks like a URL is refused before it becomes a path. Large files are not read.
 */
final class ModuleFiles {

    /** Larger files are not templates netlint needs; refusing them bounds memory per evaluation. */
    static final long MAX_BYTES = 1024 * 1024;

    private final Path moduleDirectory;
    private final ScanScope scope;

    ModuleFiles(Path moduleDirectory, ScanScope scope) {
        this.moduleDirectory = moduleDirectory;
        this.scope = scope;
    }

    /** The file's text, or empty with nothing read when the path is outside the scan, missing or unreadable. */
    Optional<String> read(String path) {
        return resolve(path).flatMap(ModuleFiles::readSmallUtf8);
    }

    /** The file's bytes, under the same rules. */
    Optional<byte[]> readBytes(String path) {
        return resolve(path).flatMap(ModuleFiles::readSmall);
    }

    /** The file a path names when it may be read (inside the scan), whether or not it exists. */
    Optional<Path> resolve(String path) {
        if (moduleDirectory == null || path.isEmpty() || path.contains("://") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = moduleDirectory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return scope.allows(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static Optional<byte[]> readSmall(Path path) {
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
                return Optional.empty();
            }
            if (Files.size(path) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The text of a file {@link #resolve} allowed, under the same rules as {@link #read}. */
    static Optional<String> readResolved(Path path) {
        return readSmallUtf8(path);
    }

    Path moduleDirectory() {
        return moduleDirectory;
    }

    private static Optional<String> readSmallUtf8(Path path) {
        return readSmall(path).flatMap(bytes -> {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                return Optional.empty(); // Terraform's file() rejects invalid UTF-8 too
            }
        });
    }
}
