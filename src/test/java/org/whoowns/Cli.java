package org.whoowns;

import org.whoowns.cli.Commands;
import org.whoowns.cli.Io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;

/** Runs the command line in-process with given stdin, capturing stdout, stderr and the exit code. */
record Cli(int code, String out, String err) {
    static Cli withInput(String stdin, String... args) {
        return capture((out, err) -> Main.run(args, stdin(stdin), out, err));
    }

    /** The command line with {@code env} in place of the process environment (a temporary WHOOWNS_HOME, USER). */
    static Cli withEnv(Map<String, String> env, String stdin, String... args) {
        return capture((out, err) -> Commands.run(args, Io.of(stdin(stdin), out, err).withEnv(env)));
    }

    static Cli run(String... args) {
        return withInput("", args);
    }

    /** The last non-empty line of stdout. */
    String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Cli capture(BiFunction<PrintStream, PrintStream, Integer> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.apply(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
