package org.whoowns.cli;

import org.whoowns.learn.DataDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** `whoowns results --drills`: the saved drills (the exam results listing comes with the exam command). */
final class ResultsCommand implements Command {
    @Override
    public String name() {
        return "results";
    }

    @Override
    public Set<String> options() {
        return Set.of("--drills");
    }

    @Override
    public String help() {
        return """
                  whoowns results --drills
                                the drills saved (by drill and serve), one line each
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, IOException {
        if (!line.flag("--drills")) {
            throw new UsageException("results needs --drills (the saved drills)");
        }
        Path root = DataDir.from(System.getenv(), Path.of(System.getProperty("user.home"))).root();
        DrillResultsList.print(root.resolve("drills"), io.out());
        return Exit.OK;
    }
}
