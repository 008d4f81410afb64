package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.RulePages;
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
    public static final String HELM_FILES_SKIPPED = "helm-files-skipped";
    public static final String HELM_DEPENDENCIES_MISSING = "helm-dependencies-missing";
    public static final String LIMIT_EXCEEDED = "limit-exceeded";

    private InputFindings() {}

    public static Finding parseError(Location location, String message) {
        return new Finding(PARSE_ERROR, PARSE_ERROR, Severity.ERROR, message, location, location.file(),
                "Fix the syntax; the rest of the run was linted, this file was not.", RulePages.page(PARSE_ERROR), List.of());
    }

    /** A file {@link SourceReader} refused to read: {@link #unreadable(Location, String, SourceReader.Refusal)}. */
    public static Finding unreadable(SourceReader.Read refused) {
        return unreadable(refused.problemAt(), refused.problem(), refused.refusal());
    }

    /**
     * A file that was not read (over the size limit, binary, not UTF-8, not readable): a parse-error finding whose
     * hint says what helps with that refusal, since there is no syntax to fix.
     */
    public static Finding unreadable(Location location, String problem, SourceReader.Refusal refusal) {
        String hint = switch (refusal) {
            case TOO_LARGE -> "Raise the limit with --max-file-size BYTES if this file is meant to be linted, or leave "
                    + "it out (--exclude, or exclude: in .netlint.yaml); the rest of the run was linted.";
            case NOT_TEXT -> "netlint reads UTF-8 text only: save the file as UTF-8, or leave it out (--exclude, or "
                    + "exclude: in .netlint.yaml); the rest of the run was linted.";
            case NOT_READABLE -> "Make the file readable by the user running netlint, or leave it out (--exclude, or "
                    + "exclude: in .netlint.yaml); the rest of the run was linted.";
        };
        return new Finding(PARSE_ERROR, PARSE_ERROR, Severity.ERROR, problem, location, location.file(), hint,
                RulePages.page(PARSE_ERROR), List.of());
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
                RulePages.page(UNRENDERED_TEMPLATE), List.of());
    }

    /**
     * A YAML file Terraform renders with {@code templatefile()} ({@code ${ }}/{@code %{ }} placeholders) that is not
     * YAML until rendered: a note, not an error, since the file is fine as what it is.
     */
    public static Finding unrenderedTerraformTemplate(Location location) {
        return new Finding(UNRENDERED_TEMPLATE, UNRENDERED_TEMPLATE, Severity.INFO,
                "this is a Terraform template (${ } or %{ } placeholders, rendered by templatefile()), not YAML yet, "
                        + "so it was not linted",
                location, location.file(),
                "Lint the rendered objects: terraform plan -out plan.out && terraform show -json plan.out | netlint -.",
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
                RulePages.page(MODULE_NOT_EXPANDED), List.of());
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
                RulePages.page(UNRENDERED_KUSTOMIZATION), List.of());
    }

    /**
     * Files of a chart that Helm was not given because they are not regular files inside the chart (symbolic links,
     * FIFOs): one note per chart, naming them; the chart was rendered without them.
     */
    public static Finding helmFilesSkipped(Location location, List<String> files) {
        return new Finding(HELM_FILES_SKIPPED, HELM_FILES_SKIPPED, Severity.INFO, "the chart was rendered without "
                + files.size() + (files.size() == 1 ? " file that is" : " files that are") + " not a regular file"
                + " inside the chart (a symbolic link, a FIFO...): " + String.join(", ", files), location,
                location.file(), "netlint gives Helm only the chart's own regular files; put the content in the chart "
                + "instead of linking to it.", "", List.of());
    }

    /**
     * A chart whose {@code Chart.yaml} lists dependencies that were never fetched into {@code charts/}: informational
     * (the input is incomplete, not wrong), with the command that fetches them.
     */
    public static Finding helmDependenciesMissing(Location location, String missing, String chartFolder) {
        return new Finding(HELM_DEPENDENCIES_MISSING, HELM_DEPENDENCIES_MISSING, Severity.INFO,
                "the chart was not rendered: its dependencies were never built (missing in charts/: " + missing + ")",
                location, location.file(), "Fetch them first: helm dependency build " + chartFolder
                + " (netlint never downloads charts).", "", List.of());
    }
}
