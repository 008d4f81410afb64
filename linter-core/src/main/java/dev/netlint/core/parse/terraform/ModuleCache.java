package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.json.JsonLoader;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The modules {@code terraform init} downloaded for one root module: {@code .terraform/modules/modules.json} maps each
 * module call, by its key ({@code eks}, {@code eks.eks_managed_node_group}: the call names from the root, joined by
 * dots, whatever {@code count}/{@code for_each} the calls have), to the folder holding its source. Read without any
 * network request; a folder is used only when it lies inside the root, after {@code ..} and symbolic links, and inside
 * the scanned paths, so a hostile {@code modules.json} cannot make netlint read anything else.
 */
final class ModuleCache {

    /** The folder {@code terraform init} keeps its state in, below the root module. */
    static final String DATA_FOLDER = ".terraform";

    /** Where the manifest of downloaded modules lies, relative to the root module. */
    static final String MANIFEST = DATA_FOLDER + "/modules/modules.json";

    /** A real manifest is a few kilobytes; a larger one is not read. */
    private static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

    /** A cache entry: the folder (absolute) and how findings show it ({@code infra/.terraform/modules/eks}). */
    record Entry(String key, Path folder, String displayFolder, String version) {}

    /** What looking a call up gives: its entry, or why there is none ({@code problem}). */
    record Lookup(Entry entry, String problem) {}

    private final Path root;
    private final String rootDisplay;
    private final Map<String, PMap> entries;
    private final String manifestProblem;

    private ModuleCache(Path root, String rootDisplay, Map<String, PMap> entries, String manifestProblem) {
        this.root = root;
        this.rootDisplay = rootDisplay;
        this.entries = entries;
        this.manifestProblem = manifestProblem;
    }

    /**
     * The cache of the root module in {@code root} ({@code rootDisplay} as findings show that folder), or empty when
     * it has no {@code .terraform/modules/modules.json} inside the scan.
     */
    static Optional<ModuleCache> of(Path root, String rootDisplay, ScanScope scope) {
        if (root == null) {
            return Optional.empty();
        }
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || !scope.allows(manifest)) {
            return Optional.empty();
        }
        try {
            if (Files.size(manifest) > MAX_MANIFEST_BYTES) {
                return Optional.of(broken(root, rootDisplay, "it is larger than 4 MiB"));
            }
            String text = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8);
            String display = (rootDisplay.isEmpty() || rootDisplay.equals(".") ? "" : rootDisplay + "/") + MANIFEST;
            JsonLoader.Result json = new JsonLoader().load(new SourceText(
                    new SourceFile(manifest, display, SourceFormat.JSON), text));
            if (json.problem() != null || !(json.document() instanceof PMap document)
                    || !(document.get("Modules") instanceof PList modules)) {
                return Optional.of(broken(root, rootDisplay, "it is not the JSON terraform init writes"));
            }
            Map<String, PMap> byKey = new HashMap<>();
            for (PNode module : modules.items()) {
                if (module instanceof PMap entry && entry.text("Key") != null && entry.text("Dir") != null) {
                    byKey.putIfAbsent(entry.text("Key"), entry);
                }
            }
            return Optional.of(new ModuleCache(root, rootDisplay, byKey, null));
        } catch (IOException | SecurityException e) {
            return Optional.of(broken(root, rootDisplay, "it could not be read"));
        }
    }

    private static ModuleCache broken(Path root, String rootDisplay, String why) {
        return new ModuleCache(root, rootDisplay, Map.of(), MANIFEST + " was not used: " + why);
    }

    /** The folder {@code terraform init} put the call with this key in, or why it cannot be used. */
    Lookup lookup(String key, ScanScope scope) {
        if (manifestProblem != null) {
            return new Lookup(null, manifestProblem);
        }
        PMap entry = entries.get(key);
        if (entry == null) {
            return new Lookup(null, MANIFEST + " has no entry for it (the call was added or renamed after "
                    + "terraform init; run terraform init -backend=false again)");
        }
        String dir = entry.text("Dir");
        Path folder;
        try {
            Path relative = Path.of(dir);
            if (relative.isAbsolute() || dir.indexOf('\0') >= 0) {
                return refused(dir);
            }
            folder = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return refused(dir);
        }
        if (!folder.startsWith(root.normalize()) || folder.equals(root.normalize()) || !scope.allows(folder)
                || !insideRootAfterLinks(folder)) {
            return refused(dir);
        }
        if (!Files.isDirectory(folder)) {
            return new Lookup(null, "its folder " + dir + " is missing (run terraform init -backend=false again)");
        }
        String relativeDisplay = root.normalize().relativize(folder).toString().replace('\\', '/');
        String display = rootDisplay.isEmpty() || rootDisplay.equals(".") ? relativeDisplay
                : rootDisplay + "/" + relativeDisplay;
        return new Lookup(new Entry(key, folder, display, entry.text("Version")), null);
    }

    private boolean insideRootAfterLinks(Path folder) {
        try {
            return !Files.exists(folder) || folder.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Lookup refused(String dir) {
        return new Lookup(null, "its folder \"" + dir + "\" in " + MANIFEST + " lies outside the root module, "
                + "so it was not read");
    }

    /** True for a path (as findings show it) inside some root's {@code .terraform} folder. */
    static boolean isCached(String displayPath) {
        return displayPath.startsWith(DATA_FOLDER + "/") || displayPath.contains("/" + DATA_FOLDER + "/");
    }
}
