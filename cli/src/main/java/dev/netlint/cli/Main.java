package dev.netlint.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar netlint.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        HeapWatch.start(System.err);
        int exit;
        try {
            exit = run(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // never a stack trace: one line saying what ran out and what to do
            System.err.println(e instanceof OutOfMemoryError ? HeapWatch.outOfMemoryMessage()
                    : "netlint: internal error: " + e);
            exit = ExitCode.INTERNAL;
        }
        System.exit(exit);
    }

    /** Runs netlint as the command line would, without exiting (for tests and embedding). */
    public static int run(String... args) {
        return NetlintCommand.commandLine().execute(args);
    }
}
