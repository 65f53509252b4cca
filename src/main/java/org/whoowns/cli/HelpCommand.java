package org.whoowns.cli;

import java.util.Set;

/** `whoowns --help`: usage of every command in {@link Commands#ALL}, options and exit codes. */
final class HelpCommand implements Command {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public String help() {
        return """
                  whoowns --help | --version
                """;
    }

    @Override
    public int run(CommandLine line, Io io) {
        io.out().print(text());
        return Exit.OK;
    }

    static String text() {
        StringBuilder text = new StringBuilder("""
                whoowns - who owns it? A trainer for the cloud shared responsibility model.

                Usage:
                """);
        for (Command command : Commands.ALL) {
            text.append(command.help());
        }
        text.append("""

                Options:
                  --count N     questions in a run (default 10; export: all the pack supports)
                  --seed N      fixes the questions and their order (default: a fresh seed,
                                shown at the start)
                  --pack FILE   a question pack (default: the shipped Azure pack); see
                                questions/README.md
                  --            ends the options: the words after it are files

                Exit codes: 0 ok, 1 exam failed, 2 bad usage or bad input (one line on
                stderr saying what and where), 130 interrupted (Ctrl-C).
                """);
        return text.toString();
    }
}
