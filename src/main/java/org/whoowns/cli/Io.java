package org.whoowns.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The streams a command works with, and the environment it reads (WHOOWNS_HOME, USER, …). {@code outColumns}
 * gives the width to wrap plain text to when stdout is a terminal, 0 when it is not (pipes, files, tests):
 * then nothing is wrapped.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, IntSupplier outColumns, Map<String, String> env) {
    public Io {
        env = Map.copyOf(env);
    }

    /** The process's own environment. */
    public Io(InputStream in, PrintStream out, PrintStream err, IntSupplier outColumns) {
        this(in, out, err, outColumns, System.getenv());
    }

    /** Streams that are not a terminal: nothing is wrapped. */
    public static Io of(InputStream in, PrintStream out, PrintStream err) {
        return new Io(in, out, err, () -> 0);
    }

    /** The same streams with another environment (tests: a temporary WHOOWNS_HOME). */
    public Io withEnv(Map<String, String> environment) {
        return new Io(in, out, err, outColumns, environment);
    }
}
