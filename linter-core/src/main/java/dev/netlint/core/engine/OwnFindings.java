package dev.netlint.core.engine;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.suppress.InlineSuppressor;
import java.util.List;
import java.util.Optional;

/**
 * The findings netlint reports about its input rather than through a rule (a file it could not parse, a module it did
 * not expand, a suppression that does not work), documented like rules: {@code --list-rules} lists them,
 * {@code --explain parse-error} explains them, docs/rules/&lt;id&gt;.md is their page and SARIF describes them.
 */
public final class OwnFindings {

    /** One kind of finding: its id (also its name), default severity and documentation. */
    public record Kind(String id, Severity severity, String summary, String explanation, String fix) {}

    public static final List<Kind> ALL = List.of(
            new Kind(InputFindings.PARSE_ERROR, Severity.ERROR,
                    "A file could not be read or parsed, so it was not linted",
                    "netlint reports a file it cannot lint as a finding at the place where reading stopped, and lints "
                            + "every other file. It happens for invalid YAML, JSON or HCL, a Helm chart that does not "
                            + "render, and files it refuses to read: larger than --max-file-size (10 MiB by default), "
                            + "binary, not UTF-8, or not readable.",
                    "Fix the syntax at the place the finding points to. For a file that was refused, raise "
                            + "--max-file-size, save it as UTF-8, or leave it out with --exclude or exclude: in "
                            + ".netlint.yaml."),
            new Kind(InputFindings.UNRENDERED_TEMPLATE, Severity.WARNING,
                    "A file is a template with {{ }} placeholders, not YAML yet, so it was not linted",
                    "A Go or Helm template outside a chart folder (one with Chart.yaml) is not valid YAML until it is "
                            + "rendered, so netlint cannot read the objects it will make.",
                    "Render it and lint the result: helm template <chart> | netlint - (or kustomize build <dir> | "
                            + "netlint -)."),
            new Kind(InputFindings.UNRENDERED_KUSTOMIZATION, Severity.INFO,
                    "A kustomization.yaml is an overlay, not a manifest, so it was not linted as one",
                    "The manifests a Kustomize overlay makes exist only once it is built; netlint says so once per "
                            + "kustomization.yaml, with the command that builds it.",
                    "Lint the rendered output: kustomize build <dir> | netlint - (or kubectl kustomize <dir> | netlint -)."),
            new Kind(InputFindings.MODULE_NOT_EXPANDED, Severity.INFO,
                    "A Terraform module block was not expanded, so values that come from it are unknown",
                    "netlint expands module blocks whose source is a local folder inside the scanned folders. A remote "
                            + "source, a folder outside the scan or an unknown count leaves the module's resources out "
                            + "and its outputs unknown; unknown values never raise a finding.",
                    "Scan the module's folder too, or lint a plan: terraform show -json plan.out > plan.json, then "
                            + "netlint plan.json. --strict lists each check that stopped at an unknown value."),
            new Kind(InlineSuppressor.PROBLEM, Severity.INFO,
                    "An inline suppression does not work",
                    "A netlint:ignore comment, netlint:ignore-file comment or netlint.dev/ignore annotation that "
                            + "gives no reason, names an unknown rule, suppresses nothing, has expired or is "
                            + "malformed is reported at its own place. Suppression problems are never suppressed "
                            + "themselves.",
                    "Give each suppression a known rule id or name and a reason; remove suppressions that no "
                            + "longer suppress anything. Raise this id's severity in .netlint.yaml "
                            + "(rules: {suppression-problem: error}) to fail CI on them."));

    private OwnFindings() {}

    public static Optional<Kind> find(String id) {
        return ALL.stream().filter(k -> k.id().equalsIgnoreCase(id)).findFirst();
    }
}
