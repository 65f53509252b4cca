package org.whoowns.cli;

import org.whoowns.learn.Deal;
import org.whoowns.learn.Notebook;
import org.whoowns.learn.StoreException;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.plain.PlainQuiz;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Recorder;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `whoowns practice`: the TUI straight into practice, or with --plain the same run line by line. The
 * learner's progress deals the run (see {@link LearnerOptions}) and takes each answer as it is given.
 */
final class PracticeCommand implements Command {
    @Override
    public String name() {
        return "practice";
    }

    @Override
    public Set<String> options() {
        return Set.of("--seed", "--count", "--plain", "--pack", "--learner", "--misses");
    }

    @Override
    public String help() {
        return """
                  whoowns practice [--count N] [--seed N] [--plain] [--pack FILE]
                                   [--learner NAME] [--misses]
                                a practice run (--plain: line by line on stdin/stdout);
                                missed and due cells first, each answer saved for
                                NAME (default: your user name); --misses drills the
                                misses; --seed without --learner: the fixed deck of
                                export --seed N, outside any progress
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        if (line.flag("--misses") && !LearnerOptions.withProgress(line)) {
            throw new UsageException("--misses drills a learner's misses: add --learner NAME, or drop --seed");
        }
        if (!line.flag("--plain")) {
            return TuiLaunch.run(line, io, line.flag("--misses") ? Tui.Start.MISSES : Tui.Start.PRACTICE);
        }
        Pack pack = RunOptions.pack(line);
        long seed = RunOptions.seed(line);
        Clock clock = Clock.systemUTC();
        if (!LearnerOptions.withProgress(line)) {
            List<Question> questions = RunOptions.deal(line, pack, seed, PracticeDeck.DEFAULT_COUNT);
            QuizSession session = new QuizSession(pack, questions, Grader.PRACTICE);
            return ask(session, io, clock, Recorder.NONE, "whoowns practice: " + pack.title() + ", " + count(questions.size())
                    + ", seed " + seed + " (repeat with --seed " + seed + ")");
        }
        LearnerData who = LearnerData.of(line, io);
        try (Notebook book = Notebook.open(who.data(), who.learner(), pack, clock.instant())) {
            for (String notice : book.takeNotices()) {
                io.out().println("Note: " + TerminalText.clean(notice));
            }
            List<Deal.Dealt> dealt = LearnerOptions.deal(line, pack, book.progress(), seed, clock.instant(),
                    PracticeDeck.DEFAULT_COUNT);
            QuizSession session = new QuizSession(pack, dealt.stream().map(Deal.Dealt::question).toList(),
                    Grader.PRACTICE, dealt.stream().map(d -> d.reason().text()).toList());
            String how = line.flag("--misses") ? "misses of " : "for ";
            return ask(session, io, clock, recorder(book, seed, clock, io), "whoowns practice: " + pack.title() + ", "
                    + count(dealt.size()) + ", " + how + book.learner().name());
        } catch (StoreException e) {
            throw new UsageException(TerminalText.clean(e.getMessage()));
        }
    }

    private static String count(int questions) {
        return questions + (questions == 1 ? " question" : " questions");
    }

    /** Saves each answer; a failure is said once on stderr and the run goes on, unsaved. */
    private static Recorder recorder(Notebook book, long seed, Clock clock, Io io) {
        boolean[] warned = {false};
        return (s, millis) -> {
            try {
                book.answered(s, seed, millis, clock.instant());
            } catch (StoreException e) {
                if (!warned[0]) { // once: the run goes on, unsaved
                    warned[0] = true;
                    io.err().println("whoowns: progress not saved: " + TerminalText.clean(e.getMessage()));
                }
            }
        };
    }

    private static int ask(QuizSession session, Io io, Clock clock, Recorder recorder, String heading)
            throws UsageException {
        PlainQuiz quiz = new PlainQuiz(session, io.in(), io.out(), io.outColumns().getAsInt(), recorder, clock);
        // Ctrl-C (SIGINT) still ends with the Score line; the JVM then exits 130 (128 + SIGINT).
        Thread onInterrupt = new Thread(quiz::interrupt, "whoowns-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Optional<String> cutShort;
        try {
            cutShort = quiz.run(heading);
        } finally {
            removeHook(onInterrupt);
        }
        if (cutShort.isPresent()) {
            throw new UsageException(cutShort.get());
        }
        return Exit.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is printing the Score line
        }
    }
}
