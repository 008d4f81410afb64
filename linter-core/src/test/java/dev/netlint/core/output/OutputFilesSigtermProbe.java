package dev.netlint.core.output;

import java.nio.file.Path;

/**
 * Run by {@link OutputFilesTest} in a process of its own: starts writing {@code args[0]} through
 * {@link OutputFiles#writeAtomically}, says so on standard output, and never finishes, so the test can send SIGTERM
 * mid-write.
 */
public final class OutputFilesSigtermProbe {

    private OutputFilesSigtermProbe() {
    }

    public static void main(String[] args) throws Exception {
        OutputFiles.writeAtomically(Path.of(args[0]), out -> {
            out.write("half a report\n".repeat(1000));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
