package org.whoowns.cli;

import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.Set;

/**
 * `whoowns serve`: the classroom server. Everything it needs lives in {@link ServeRun}, which only this
 * command's run() touches, so neither the SSH library nor the classroom screens load for any other command.
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Set<String> options() {
        return Set.of("--port", "--bind", "--code", "--max-players", "--seconds", "--no-speed", "--count", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns serve [--port 2222] [--bind ADDR] [--code CODE] [--max-players 300]
                                [--seconds N] [--no-speed] [--count N] [--pack FILE]
                                a classroom drill over SSH: students join with
                                ssh -p PORT CODE@HOST from their own terminals
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        return ServeRun.run(line, io);
    }
}
