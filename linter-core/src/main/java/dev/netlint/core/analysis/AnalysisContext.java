package dev.netlint.core.analysis;

import dev.netlint.core.model.Workspace;

/**
 * What the shared AWS behaviour reads besides its subject: the whole workspace (for cross-resource lookups) and the
 * facts about the cluster that manifests alone cannot tell, as the user set them (RULES.md §1.3, §1.9). The rule
 * language's {@code AnalysisContext} is one; analysis knows nothing else of the language.
 */
public interface AnalysisContext {

    Workspace workspace();

    /** "ipv4", "ipv6", or null when the user did not say ({@code --cluster-ip-family}). */
    String clusterIpFamily();

    /** The controller's {@code --default-target-type} as the user set it: "instance" unless told otherwise. */
    String defaultTargetType();
}
