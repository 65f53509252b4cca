package org.whoowns.cli;

import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.Set;

/** One subcommand: its name, the options it accepts, its lines in --help, and what it does. */
interface Command {
    /** The word after "whoowns" ("" for the bare launch). */
    String name();

    /** The options it accepts, e.g. "--seed"; flags are listed in {@link CommandLine#FLAGS}. */
    Set<String> options();

    /** Whether words that are not options are files it takes (validate). */
    default boolean takesFiles() {
        return false;
    }

    /** What to say when it takes files and none were given. */
    default String missingFiles() {
        return name() + " needs at least one pack file, e.g. whoowns " + name() + " questions/my-pack.json";
    }

    /** Its lines in --help: the usage line(s), then what it does; each fits 80 columns. */
    String help();

    int run(CommandLine line, Io io) throws UsageException, PackException, IOException;
}
