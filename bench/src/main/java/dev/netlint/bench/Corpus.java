package dev.netlint.bench;

import dev.netlint.core.engine.SourceCollector;
import dev.netlint.core.engine.WorkspaceLoader;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.source.ScanScope;
import java.nio.file.Path;
import java.util.List;

/** Parses paths exactly as {@code LintEngine.run} does (same collector, same loaders, same pool), without rules. */
final class Corpus {

    private Corpus() {}

    static WorkspaceLoader.Loaded parse(List<String> paths, int threads) {
        SourceCollector.Collected collected = new SourceCollector().collect(paths);
        if (!collected.missing().isEmpty()) {
            throw new IllegalArgumentException("no such file or directory: " + collected.missing());
        }
        ScanScope scope = new ScanScope(paths.stream().map(Corpus::scopeRootOf).toList());
        return new WorkspaceLoader(LintRequest.DEFAULT_MAX_FILE_BYTES, scope,
                threads < 1 ? Runtime.getRuntime().availableProcessors() : threads).load(collected.files(), null);
    }

    private static Path scopeRootOf(String given) {
        Path path = Path.of(given);
        return java.nio.file.Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }
}
