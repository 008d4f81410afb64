package dev.netlint.core.engine;

import dev.netlint.core.lang.Severity;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * Findings about input that could not be linted. They are findings (not log lines) so they show in every format,
 * at their location, and fail the run: nothing is lost silently.
 */
public final class InputFindings {

    public static final String PARSE_ERROR = "parse-error";
    public static final String UNRENDERED_TEMPLATE = "unrendered-template";
    public static final String MODULE_NOT_EXPANDED = "module-not-expanded";
    public static final String UNRENDERED_KUSTOMIZATION = "unrendered-kustomization";
    public static final String LIMIT_EXCEEDED = "limit-exceeded";

    private InputFindings() {}

    public static Finding parseError(Location location, String message) {
        return new Finding(PARSE_ERROR, PARSE_ERROR, Severity.ERROR, message, location, location.file(),
                "Fix the syntax; the rest of the run was linted, this file was not.", "", List.of());
    }

    /**
     * Input refused because it goes beyond one of netlint's budgets (README, "Limits"): a YAML scalar or collection,
     * Terraform instances, module nesting or an evaluated value too large. Said once, where the limit was exceeded;
     * an error, so nothing is passed silently.
     */
    public static Finding limitExceeded(Location location, String message) {
        return new Finding(LIMIT_EXCEEDED, LIMIT_EXCEEDED, Severity.ERROR, message, location, location.file(),
                "netlint refused this part of the input instead of spending unbounded time and memory on it; the rest "
                        + "of the run was linted. Real configurations stay far below these limits (README, Limits).",
                "", List.of());
    }

    /** The finding for a problem a loader reported: {@code limit-exceeded} or {@code parse-error}. */
    public static Finding of(dev.netlint.core.parse.ParseProblem problem) {
        return problem.limit() ? limitExceeded(problem.location(), problem.message())
                : parseError(problem.location(), problem.message());
    }

    /** A file that holds Go/Helm template placeholders and is not valid YAML until rendered. */
    public static Finding unrenderedTemplate(Location location) {
        return new Finding(UNRENDERED_TEMPLATE, UNRENDERED_TEMPLATE, Severity.WARNING,
                "this is a template ({{ }} placeholders), not YAML yet, so it was not linted; render it first",
                location, location.file(),
                "Render it and lint the result: helm template <chart> | netlint - (or kustomize build <dir> | netlint -).",
                "", List.of());
    }

    /**
     * A Terraform {@code module} block netlint did not expand (remote source, folder outside the scan, unknown
     * count): one per block, informational, so a default run does not fail on it; its outputs are unknown.
     */
    public static Finding moduleNotExpanded(Location location, String message) {
        return new Finding(MODULE_NOT_EXPANDED, MODULE_NOT_EXPANDED, Severity.INFO, message, location,
                location.file(), "Values that come from this module are not verified (see --strict); to lint its "
                + "resources, scan it as its own folder or lint a plan: terraform show -json plan.out > plan.json.",
                "", List.of());
    }

    /**
     * A {@code kustomization.yaml}: its resources, patches and generators make manifests only when rendered, so it
     * is not linted as a manifest; said once, with the command that renders it.
     */
    public static Finding unrenderedKustomization(Location location, String folder) {
        String command = "kustomize build " + folder + " | netlint -";
        return new Finding(UNRENDERED_KUSTOMIZATION, UNRENDERED_KUSTOMIZATION, Severity.INFO,
                "this is a Kustomize overlay, not a manifest, so it was not linted as one; render it first: "
                        + command, location, location.file(),
                "Lint the rendered output: " + command + " (or kubectl kustomize " + folder + " | netlint -).",
                "", List.of());
    }
}
