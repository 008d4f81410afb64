package dev.netlint.core.engine;

import dev.netlint.core.lang.LintSettings;
import java.util.List;

/**
 * What to lint and how: the paths as the user gave them ({@code -} for standard input), the settings rules need,
 * the rules to leave out, and resource limits. The CLI and the Maven plugin only build one of these.
 */
public record LintRequest(List<String> paths, String stdinText, LintSettings settings, List<String> disabledRules,
                          int threads, long maxFileBytes, InputOptions inputs) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public LintRequest {
        paths = List.copyOf(paths);
        disabledRules = List.copyOf(disabledRules);
        inputs = inputs == null ? InputOptions.NONE : inputs;
        if (threads < 1) {
            threads = Runtime.getRuntime().availableProcessors();
        }
    }

    public LintRequest(List<String> paths, String stdinText, LintSettings settings, List<String> disabledRules,
                       int threads, long maxFileBytes) {
        this(paths, stdinText, settings, disabledRules, threads, maxFileBytes, InputOptions.NONE);
    }

    /** The same request with Terraform variables (and later renderer settings) for its inputs. */
    public LintRequest withInputs(InputOptions newInputs) {
        return new LintRequest(paths, stdinText, settings, disabledRules, threads, maxFileBytes, newInputs);
    }

    public static LintRequest of(List<String> paths) {
        return new LintRequest(paths, null, LintSettings.DEFAULTS, List.of(), 0, DEFAULT_MAX_FILE_BYTES);
    }
}
