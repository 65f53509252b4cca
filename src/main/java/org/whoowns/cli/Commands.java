package org.whoowns.cli;

import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Every command, listed once, and the one place that turns a command's outcome into an exit code and at
 * most one line on stderr.
 */
public final class Commands {
    static final List<Command> ALL = List.of(new MenuCommand(), new PracticeCommand(), new ExamCommand(),
            new DrillCommand(), new ServeCommand(), new MatrixCommand(), new ResultsCommand(), new VerifyCommand(),
            new ExportCommand(), new ValidateCommand(), new DiffCommand(), new HelpCommand(), new VersionCommand());

    private Commands() {
    }

    /** The command called {@code name}, or null. */
    static Command named(String name) {
        for (Command command : ALL) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    /** Parses {@code args}, runs the command, and returns the exit code. */
    public static int run(String[] args, Io io) {
        int code;
        try {
            CommandLine line = CommandLine.parse(args);
            code = line.command().run(line, io);
        } catch (UsageException e) {
            io.err().println("whoowns: " + e.getMessage());
            code = Exit.USAGE;
        } catch (PackException e) {
            io.err().println(e.getMessage());
            code = Exit.USAGE;
        } catch (NoSuchFileException e) {
            io.err().println("whoowns: " + TerminalText.clean(e.getFile()) + ": no such file or directory");
            code = Exit.USAGE;
        } catch (IOException e) {
            io.err().println("whoowns: " + TerminalText.clean(e.getMessage()));
            code = Exit.USAGE;
        } catch (UncheckedIOException e) {
            io.err().println("whoowns: " + TerminalText.clean(e.getCause().getMessage()));
            code = Exit.USAGE;
        } catch (InvalidPathException e) {
            // a file name the platform cannot encode (e.g. a lone surrogate), from any command's arguments
            io.err().println("whoowns: not a usable file name: \"" + TerminalText.clean(e.getInput()) + "\"");
            code = Exit.USAGE;
        }
        // PrintStream swallows write errors (a full disk, a closed pipe): a failed write must not exit 0.
        if (io.out().checkError()) {
            String why = io.out() instanceof Output output ? output.failure().orElse("write error") : "write error";
            io.err().println("whoowns: cannot write to standard output: " + TerminalText.clean(why));
            return code == Exit.OK ? Exit.USAGE : code;
        }
        return code;
    }
}
