package org.whoowns.cli;

import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.HotSeat;
import org.whoowns.classroom.Points;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** `whoowns drill`: a timed drill fixed by its code, for one player or several taking turns. */
final class DrillCommand implements Command {
    @Override
    public String name() {
        return "drill";
    }

    @Override
    public Set<String> options() {
        return Set.of("--code", "--seconds", "--no-speed", "--count", "--players", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns drill [--code CODE] [--seconds N] [--no-speed] [--count N]
                                [--players "Ann,Bo"] [--pack FILE]
                                a timed drill; the same code gives everyone the same
                                questions (a new code is shown large); players take turns
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        DrillCode code = DrillOptions.codeOrNew(line);
        Points points = DrillOptions.points(line);
        List<String> players = players(line);
        Pack pack = RunOptions.pack(line);
        Drill drill = DrillOptions.drill(line, pack, code);
        if (!players.isEmpty()) {
            try {
                new HotSeat(drill, points, Clock.systemUTC(), players);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--players: " + e.getMessage());
            }
        }
        var unavailable = Tui.unavailable(io.env());
        if (unavailable.isPresent()) {
            throw new UsageException(unavailable.get() + "; the drill's answer key: whoowns export --format json"
                    + " --mode drill --code " + code);
        }
        return Tui.drill(pack, drill, points, players, line.option("--code").isEmpty(), TuiLaunch.menuExams(line, io),
                LearnerData.data(io).drills(), io.env());
    }

    private static List<String> players(CommandLine line) {
        return line.option("--players").map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }
}
