package org.whoowns.cli;

/** The process exit codes, named once (SPEC §4). */
public final class Exit {
    public static final int OK = 0;
    /** An exam below its pass mark (scripted use). */
    public static final int FAILED = 1;
    /** Bad usage or bad input: one line on stderr says what and where. */
    public static final int USAGE = 2;
    /** Ctrl-C / SIGINT, in every mode (128 + 2, as shells report it). */
    public static final int INTERRUPTED = 130;

    private Exit() {
    }
}
