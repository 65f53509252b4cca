package org.whoowns.cli;

import org.whoowns.pack.PackException;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.util.Set;

/** The bare launch, `whoowns`: the TUI's menu. */
final class MenuCommand implements Command {
    @Override
    public String name() {
        return "";
    }

    @Override
    public Set<String> options() {
        return Set.of("--seed", "--count", "--pack", "--learner");
    }

    @Override
    public String help() {
        return """
                  whoowns [--seed N] [--count N] [--pack FILE] [--learner NAME]
                                the menu: Study, Practice, My misses, Exam, Drill,
                                Progress, Quit
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        return TuiLaunch.run(line, io, Tui.Start.MENU);
    }
}
