package dev.netlint.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar netlint.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs netlint as the command line would, without exiting (for tests and embedding). */
    public static int run(String... args) {
        return NetlintCommand.commandLine().execute(args);
    }
}
