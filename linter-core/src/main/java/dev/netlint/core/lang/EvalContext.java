package dev.netlint.core.lang;

import dev.netlint.core.analysis.AnalysisContext;
import dev.netlint.core.model.Workspace;

/** What a rule sees besides its subject: the whole workspace (for cross-resource lookups) and the settings. */
public record EvalContext(Workspace workspace, LintSettings settings) implements AnalysisContext {

    @Override
    public java.util.Optional<dev.netlint.core.model.IpFamily> clusterIpFamily() {
        return settings.clusterIpFamily();
    }

    @Override
    public dev.netlint.core.model.TargetType defaultTargetType() {
        return settings.defaultTargetType();
    }
}
