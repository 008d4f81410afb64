package dev.netlint.cli;

/** What netlint's exit status means; scripts and CI depend on these numbers. */
public final class ExitCode {
    /** Nothing at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on (an unparsable file is one). */
    public static final int FINDINGS = 1;
    /** Usage or configuration error. */
    public static final int USAGE = 2;
    /** netlint itself failed. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
