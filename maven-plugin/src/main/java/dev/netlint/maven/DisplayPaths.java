package dev.netlint.maven;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.SkippedFile;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.source.Location;
import dev.netlint.core.finding.SuppressedFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Maven runs every module in one process whose working directory is wherever {@code mvn} was started, so the plugin
 * hands the engine absolute paths, and the engine shows paths as it was given them. This puts the result back into
 * the terms Maven users read: paths relative to the module's base directory, the way Checkstyle and PMD report
 * module files. Only file names change; findings, their order and their counts stay as the engine made them.
 */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static LintResult relativeTo(LintResult result, SourceScanner scanner) {
        UnaryOperator<String> shown = file -> {
            if (file == null || file.isEmpty() || file.startsWith("<")) {
                return file; // <stdin> and the like are not paths
            }
            Path path = Path.of(file);
            return path.isAbsolute() ? scanner.relative(path) : file;
        };
        List<Finding> findings = result.findings().stream().map(f -> relocate(f, shown)).sorted().toList();
        // suppressed findings (inline comments and annotations) stay in the report, with their paths shown alike
        List<SuppressedFinding> suppressed = result.suppressed().stream()
                .map(s -> new SuppressedFinding(relocate(s.finding(), shown), s.suppression())).toList();
        List<SkippedFile> skipped = result.skipped().stream()
                .map(s -> new SkippedFile(shown.apply(s.path()), s.reason())).toList();
        return new LintResult(findings, result.filesLinted(), skipped, result.ruleStats(), suppressed);
    }

    private static Finding relocate(Finding f, UnaryOperator<String> shown) {
        return f.at(relocate(f.location(), shown),
                f.related().stream().map(r -> new RelatedLocation(relocate(r.location(), shown), r.message())).toList());
    }

    private static Location relocate(Location location, UnaryOperator<String> shown) {
        return new Location(shown.apply(location.file()), location.line(), location.column(), location.endLine(),
                location.endColumn());
    }
}
