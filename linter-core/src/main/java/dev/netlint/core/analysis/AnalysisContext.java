package dev.netlint.core.analysis;

import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Workspace;
import java.util.Optional;

/**
 * What the shared AWS behaviour reads besides its subject: the whole workspace (for cross-resource lookups) and the
 * facts about the cluster that manifests alone cannot tell, as the user set them (RULES.md §1.3, §1.9). The rule
 * language's {@code AnalysisContext} is one; analysis knows nothing else of the language.
 */
public interface AnalysisContext {

    Workspace workspace();

    /** The cluster's IP family as the user set it ({@code --cluster-ip-family}); empty when the user did not say. */
    Optional<IpFamily> clusterIpFamily();

    /** The controller's {@code --default-target-type} as the user set it: instance unless told otherwise. */
    TargetType defaultTargetType();
}
