package org.whoowns.cli;

import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.Points;
import org.whoowns.pack.Pack;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/** The options drill, serve and the drill answer key share: --code, --count, --seconds, --no-speed. */
final class DrillOptions {
    static final int MAX_SECONDS = 600;

    private DrillOptions() {
    }

    /** The typed code, checked. */
    static Optional<DrillCode> code(CommandLine line) throws UsageException {
        Optional<String> typed = line.option("--code");
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DrillCode.parse(typed.get()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--code: " + e.getMessage());
        }
    }

    /** The typed code, or a new one for the board. */
    static DrillCode codeOrNew(CommandLine line) throws UsageException {
        return code(line).orElseGet(() -> DrillCode.random(new SecureRandom()));
    }

    /** The drill the code deals; a --count above what the pack supports is an error, as in practice. */
    static Drill drill(CommandLine line, Pack pack, DrillCode code) throws UsageException {
        Optional<Integer> asked = RunOptions.count(line);
        Drill drill = Drill.deal(pack, code, asked.orElse(Drill.DEFAULT_COUNT));
        if (asked.isPresent() && drill.questions().size() < asked.get()) {
            throw new UsageException("--count " + asked.get() + " is more than this pack supports: at most "
                    + drill.questions().size() + " questions in a drill");
        }
        if (drill.questions().isEmpty()) {
            throw new UsageException("this pack supports no questions");
        }
        return drill;
    }

    static Points points(CommandLine line) throws UsageException {
        long seconds = line.number("--seconds", 5, MAX_SECONDS).orElse(Points.DEFAULT_LIMIT.toSeconds());
        return new Points(Duration.ofSeconds(seconds), !line.flag("--no-speed"));
    }
}
