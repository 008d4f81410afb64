package dev.netlint.bench;

import dev.netlint.core.engine.WorkspaceLoader;
import dev.netlint.core.model.Workspace;
import java.util.List;

/**
 * The parse-only floor as a whole process: {@code java -cp netlint.jar:bench/target/classes dev.netlint.bench.ParseOnly
 * PATH...} collects and parses the same files with the same loaders and thread pool as netlint, then exits. No
 * picocli, no rule registry (so no Groovy runtime), no rules, no report: what netlint costs on top of it is the
 * price of the rules and the command line.
 */
public final class ParseOnly {

    private ParseOnly() {}

    public static void main(String[] args) {
        WorkspaceLoader.Loaded loaded = Corpus.parse(List.of(args), 0);
        Workspace w = loaded.workspace();
        int elements = w.services().size() + w.ingresses().size() + w.otherK8sObjects().size()
                + w.securityGroups().size() + w.subnets().size() + w.clusters().size() + w.nodeGroups().size();
        System.out.println(loaded.filesLinted() + " files parsed, " + elements + " elements, "
                + loaded.inputFindings().size() + " parse problems");
    }
}
