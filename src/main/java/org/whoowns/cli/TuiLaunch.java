package org.whoowns.cli;

import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.tui.Learning;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;

/** Starts the text UI, or, without a usable terminal, reports the first real problem and the way out. */
final class TuiLaunch {
    private TuiLaunch() {
    }

    static int run(CommandLine line, Tui.Start start) throws UsageException, PackException, IOException {
        Tui.warmUp();
        long seed = RunOptions.seed(line);
        int count = RunOptions.count(line).orElse(PracticeDeck.DEFAULT_COUNT);
        var unavailable = Tui.unavailable();
        if (unavailable.isPresent()) {
            // A bad --count or --pack is the real error here; "needs a terminal" would send the user to
            // --plain only to fail again. With a terminal the pack loads behind the first frame instead.
            Pack pack = RunOptions.pack(line);
            RunOptions.deal(line, pack, seed, count);
            throw new UsageException(unavailable.get() + "; use --plain, e.g. whoowns practice --plain");
        }
        // The TUI draws its menu first and reads the pack behind it (SPEC §5: nothing slow before the menu).
        Learning learning = LearnerOptions.withProgress(line) ? new Learning(LearnerOptions.data(),
                LearnerOptions.learner(line), Clock.systemUTC(), ZoneId.systemDefault()) : null;
        return Tui.run(() -> RunOptions.pack(line), start, seed, count, learning);
    }
}
