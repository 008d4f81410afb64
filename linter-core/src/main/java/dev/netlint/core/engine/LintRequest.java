package dev.netlint.core.engine;

import dev.netlint.core.config.LintPolicy;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.source.SourceReader;
import java.util.List;

/**
 * What to lint and how: the paths as the user gave them ({@code -} for standard input), the settings rules need,
 * the rules to leave out, resource limits, the policy for findings (excludes, severities, suppressions,
 * baseline) and the options for inputs that need resolving or rendering (Terraform variables, Helm values).
 * The CLI and the Maven plugin only build one of these.
 */
public record LintRequest(List<String> paths, String stdinText, LintSettings settings, List<String> disabledRules,
                          int threads, long maxFileBytes, LintPolicy policy, InputOptions inputs) {

    public static final long DEFAULT_MAX_FILE_BYTES = SourceReader.DEFAULT_MAX_FILE_BYTES;

    public LintRequest {
        paths = List.copyOf(paths);
        disabledRules = List.copyOf(disabledRules);
        inputs = inputs == null ? InputOptions.NONE : inputs;
        if (threads < 1) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (policy == null) {
            policy = LintPolicy.DEFAULTS;
        }
    }

    /** A request with the given policy and no input options. */
    public LintRequest(List<String> paths, String stdinText, LintSettings settings, List<String> disabledRules,
                       int threads, long maxFileBytes, LintPolicy policy) {
        this(paths, stdinText, settings, disabledRules, threads, maxFileBytes, policy, InputOptions.NONE);
    }

    /** A request with the default policy (inline suppressions on, nothing excluded, no baseline). */
    public LintRequest(List<String> paths, String stdinText, LintSettings settings, List<String> disabledRules,
                       int threads, long maxFileBytes) {
        this(paths, stdinText, settings, disabledRules, threads, maxFileBytes, LintPolicy.DEFAULTS, InputOptions.NONE);
    }

    public static LintRequest of(List<String> paths) {
        return new LintRequest(paths, null, LintSettings.DEFAULTS, List.of(), 0, DEFAULT_MAX_FILE_BYTES);
    }

    /** The same request with Terraform variables and renderer settings for its inputs. */
    public LintRequest withInputs(InputOptions newInputs) {
        return new LintRequest(paths, stdinText, settings, disabledRules, threads, maxFileBytes, policy, newInputs);
    }

    public LintRequest withPolicy(LintPolicy newPolicy) {
        return new LintRequest(paths, stdinText, settings, disabledRules, threads, maxFileBytes, newPolicy, inputs);
    }
}
