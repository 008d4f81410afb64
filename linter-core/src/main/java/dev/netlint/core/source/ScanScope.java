package dev.netlint.core.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The folders a run was asked to scan. Scanned content may name other files ({@code file("x.tpl")}, a module
 * {@code source}); netlint reads such a file only when it lies inside one of these roots, so a hostile
 * {@code file("/etc/passwd")} or {@code templatefile("../../secrets.tpl")} is never opened.
 */
public final class ScanScope {

    private final List<Path> roots;

    public ScanScope(List<Path> roots) {
        this.roots = roots.stream().map(ScanScope::canonical).toList();
    }

    public static ScanScope of(Path... roots) {
        return new ScanScope(List.of(roots));
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * True when {@code candidate} (after resolving {@code ..} and symbolic links) lies inside a root and is not a
     * FIFO, socket or device: content that names such a file (a {@code .tf} FIFO beside a plan) must never make
     * netlint open it, which would block or never end.
     */
    public boolean allows(Path candidate) {
        Path resolved = canonical(candidate);
        if (roots.stream().noneMatch(resolved::startsWith)) {
            return false;
        }
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(resolved,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return !attributes.isOther();
        } catch (java.io.IOException | SecurityException e) {
            return true; // does not exist (yet): nothing to block on
        }
    }

    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return absolute; // does not exist (yet): its normalised form is what a read would open
        }
    }
}
