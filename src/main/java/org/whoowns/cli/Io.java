package org.whoowns.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * The streams a command works with. {@code outColumns} gives the width to wrap plain text to when stdout
 * is a terminal, 0 when it is not (pipes, files, tests): then nothing is wrapped.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, IntSupplier outColumns) {
    /** Streams that are not a terminal: nothing is wrapped. */
    public static Io of(InputStream in, PrintStream out, PrintStream err) {
        return new Io(in, out, err, () -> 0);
    }
}
