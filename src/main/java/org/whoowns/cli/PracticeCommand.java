package org.whoowns.cli;

import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.plain.PlainQuiz;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** `whoowns practice`: the TUI straight into practice, or with --plain the same run line by line. */
final class PracticeCommand implements Command {
    @Override
    public String name() {
        return "practice";
    }

    @Override
    public Set<String> options() {
        return Set.of("--seed", "--count", "--plain", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns practice [--count N] [--seed N] [--plain] [--pack FILE]
                                a practice run (--plain: line by line on stdin/stdout)
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        if (!line.flag("--plain")) {
            return TuiLaunch.run(line, io, Tui.Start.PRACTICE);
        }
        Pack pack = RunOptions.pack(line);
        long seed = RunOptions.seed(line);
        List<Question> questions = RunOptions.deal(line, pack, seed, PracticeDeck.DEFAULT_COUNT);
        QuizSession session = new QuizSession(pack, questions, Grader.PRACTICE);
        PlainQuiz quiz = new PlainQuiz(session, io.in(), io.out(), io.outColumns().getAsInt());
        // Ctrl-C (SIGINT) still ends with the Score line; the JVM then exits 130 (128 + SIGINT).
        Thread onInterrupt = new Thread(quiz::interrupt, "whoowns-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Optional<String> cutShort;
        try {
            cutShort = quiz.run("whoowns practice: " + pack.title() + ", " + questions.size()
                    + (questions.size() == 1 ? " question" : " questions") + ", seed " + seed
                    + " (repeat with --seed " + seed + ")");
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
