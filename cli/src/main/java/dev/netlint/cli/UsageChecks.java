package dev.netlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line mistakes that are found before anything is loaded or linted, each as one line for standard error
 * (exit 2): a thread count below one, a rule folder that is no folder or holds no rule file, a baseline to read that is
 * missing or no file. Checks that need the rules (unknown ids in --disable and --only) are made once they are loaded.
 */
final class UsageChecks {

    private UsageChecks() {}

    /** The first mistake, or null. */
    static String beforeLoading(Integer threads, List<Path> ruleFolders, Path baseline, Path writeBaseline) {
        if (threads != null && threads < 1) {
            return "--threads must be 1 or more, not " + threads + " (leave it out to use all cores)";
        }
        for (Path folder : ruleFolders) {
            if (!Files.exists(folder)) {
                return "--rules " + folder + ": no such folder";
            }
            if (!Files.isDirectory(folder)) {
                return "--rules " + folder + ": not a folder (name the folder that holds the *.groovy rule files)";
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".groovy") && Files.isRegularFile(f))) {
                    return "--rules " + folder + ": no *.groovy rule files in this folder (its subfolders are not searched)";
                }
            } catch (IOException e) {
                return "--rules " + folder + ": cannot list the folder: " + e.getMessage();
            }
        }
        if (baseline != null && writeBaseline == null) {
            if (!Files.exists(baseline)) {
                return "--baseline " + baseline + ": no such file (create it with --write-baseline " + baseline + ")";
            }
            if (!Files.isRegularFile(baseline)) {
                return "--baseline " + baseline + ": not a file";
            }
            if (!Files.isReadable(baseline)) {
                return "--baseline " + baseline + ": not readable";
            }
        }
        return null;
    }

    /** Rule lists as typed: {@code --disable "NET001, NET004"} and repeated options alike, blanks dropped. */
    static List<String> ruleList(List<String> values) {
        return values.stream().flatMap(v -> Stream.of(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
