package org.whoowns.cli;

import org.whoowns.learn.ExamPaper;
import org.whoowns.learn.ExamRecorder;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.tui.ExamSetup;
import org.whoowns.tui.Learning;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** Starts the text UI, or, without a usable terminal, reports the first real problem and the way out. */
final class TuiLaunch {
    private TuiLaunch() {
    }

    /** The menu or practice; the menu's exams take the default pass mark and no time limit. */
    static int run(CommandLine line, Io io, Tui.Start start) throws UsageException, PackException, IOException {
        return launch(line, io, start, new ExamCommand.Rules(ExamCommand.DEFAULT_PASS, Optional.empty()));
    }

    /** `whoowns exam` in the TUI: --count is the exam's. */
    static int exam(CommandLine line, Io io, ExamCommand.Rules rules) throws UsageException, PackException, IOException {
        return launch(line, io, Tui.Start.EXAM, rules);
    }

    /** The menu's exams in any TUI session (a drill's too: Esc leads to the menu): default rules. */
    static ExamSetup menuExams(CommandLine line, Io io) throws UsageException {
        return exams(LearnerData.of(line, io), io, ExamPaper.DEFAULT_COUNT,
                new ExamCommand.Rules(ExamCommand.DEFAULT_PASS, Optional.empty()));
    }

    private static ExamSetup exams(LearnerData who, Io io, int count, ExamCommand.Rules rules) throws UsageException {
        Site site = Site.of(io.env());
        return new ExamSetup(count, rules.passMark(), rules.limit(), Clock.systemUTC(),
                (pack, examSeed) -> new ExamRecorder(new ExamRecorder.Sitting(who.data(), who.learner(), pack,
                        site.activity(pack.id()), VersionCommand.version(), examSeed)));
    }

    private static int launch(CommandLine line, Io io, Tui.Start start, ExamCommand.Rules rules)
            throws UsageException, PackException, IOException {
        Tui.warmUp(io.env());
        long seed = RunOptions.seed(line);
        boolean exam = start == Tui.Start.EXAM;
        int count = exam ? PracticeDeck.DEFAULT_COUNT : RunOptions.count(line).orElse(PracticeDeck.DEFAULT_COUNT);
        int examCount = exam ? RunOptions.count(line).orElse(ExamPaper.DEFAULT_COUNT) : ExamPaper.DEFAULT_COUNT;
        LearnerData who = LearnerData.of(line, io);
        ExamSetup setup = exams(who, io, examCount, rules);
        Learning learning = LearnerOptions.withProgress(line) ? new Learning(who.data(), who.learner(),
                Clock.systemUTC(), ZoneId::systemDefault) : null;
        var unavailable = Tui.unavailable(io.env());
        if (unavailable.isPresent() && Tui.hungUp(io.env())) {
            return Tui.HUNG_UP; // the window closed as the program started: not a usage error
        }
        if (unavailable.isPresent()) {
            // A bad --count or --pack is the real error here; "needs a terminal" would send the user to
            // --plain only to fail again. With a terminal the pack loads behind the first frame instead.
            Pack pack = RunOptions.pack(line);
            if (exam) {
                RunOptions.examPaper(line, pack, seed);
            } else {
                RunOptions.deal(line, pack, seed, count);
            }
            throw new UsageException(unavailable.get() + "; use --plain, e.g. whoowns " + (exam ? "exam" : "practice") + " --plain");
        }
        // The TUI draws its menu first and reads the pack behind it (SPEC §5: nothing slow before the menu).
        return Tui.run(() -> RunOptions.pack(line), start, seed, count, setup, learning, who.data().drills(), io.env());
    }
}
