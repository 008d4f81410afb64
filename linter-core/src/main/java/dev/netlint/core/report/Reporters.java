package dev.netlint.core.report;

import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.output.ReportPaths;
import java.util.List;

/**
 * The one map from a format name to its reporter, used by the CLI's {@code --format} and the Maven plugin's
 * {@code formats}, so both write every format the same way.
 */
public final class Reporters {

    /** Every format, in the order the CLI lists them. */
    public static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "checkstyle", "junit", "gitlab");

    private Reporters() {}

    /**
     * Creates only the reporter asked for, so SARIF's object model is loaded only for sarif.
     *
     * @param format one of {@link #FORMATS}
     * @param version netlint's version, written by json and sarif
     * @param registry the rules of the run (sarif and junit list them)
     * @param paths how machine formats name files
     * @param colour text only: ANSI colours (a terminal)
     * @param verbose text only: also list skipped files and formed workspaces
     * @throws IllegalArgumentException for a name that is not one of {@link #FORMATS}
     */
    public static Reporter forFormat(String format, String version, RuleRegistry registry, ReportPaths paths,
                                     boolean colour, boolean verbose) {
        return switch (format) {
            case "text" -> new TextReporter(colour, verbose);
            case "json" -> new JsonReporter(version);
            case "sarif" -> new SarifReporter(version, registry, paths);
            case "github" -> new GithubReporter(paths);
            case "checkstyle" -> new CheckstyleReporter(paths);
            case "junit" -> new JunitReporter(registry.rules(), paths);
            case "gitlab" -> new GitlabReporter(paths);
            default -> throw new IllegalArgumentException("no reporter for " + format);
        };
    }
}
