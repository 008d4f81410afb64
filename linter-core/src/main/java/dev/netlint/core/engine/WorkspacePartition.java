package dev.netlint.core.engine;

import dev.netlint.core.source.SourceFile;
import dev.netlint.core.suppress.PathGlobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the files of a run into workspaces ({@code workspaces: [clusters/*]}): every folder a pattern matches is the
 * root of a workspace of its own, and a file belongs to the deepest root above it. Files under no root (and standard
 * input) form the default workspace. A Terraform folder never straddles two workspaces, since all its files share
 * their folders.
 */
final class WorkspacePartition {

    private WorkspacePartition() {
    }

    /**
     * The default workspace first (left out when it has no files and standard input is not read, unless no root has
     * files either), then one group per root that holds files, in path order: the order does not depend on the order
     * of {@code files}, so neither does the result.
     */
    static List<List<SourceFile>> of(List<SourceFile> files, PathGlobs roots, boolean stdin) {
        List<SourceFile> outside = new ArrayList<>();
        Map<String, List<SourceFile>> byRoot = new TreeMap<>();
        for (SourceFile file : files) {
            Path root = file.isStdin() ? null : roots.deepestMatchingFolder(file.path());
            if (root == null) {
                outside.add(file);
            } else {
                byRoot.computeIfAbsent(root.toString().replace('\\', '/'), k -> new ArrayList<>()).add(file);
            }
        }
        List<List<SourceFile>> groups = new ArrayList<>();
        if (!outside.isEmpty() || stdin || byRoot.isEmpty()) {
            groups.add(outside);
        }
        groups.addAll(byRoot.values());
        return groups;
    }
}
