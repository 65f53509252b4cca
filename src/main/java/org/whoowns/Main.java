package org.whoowns;

import org.whoowns.cli.Commands;
import org.whoowns.cli.Io;
import org.whoowns.cli.Output;
import org.whoowns.plain.Stdin;
import org.whoowns.plain.Stdout;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/** The entry point: hands the command line to {@link Commands} with the process's streams; nothing else. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Output out = Output.of(new FileOutputStream(FileDescriptor.out));
        Output err = Output.of(new FileOutputStream(FileDescriptor.err));
        int code = Commands.run(args, new Io(Stdin.stream(), out, err, Stdout::columns));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line in-process, streams given (tests): nothing is wrapped. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return Commands.run(args, Io.of(in, out, err));
    }
}
