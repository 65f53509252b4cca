package org.whoowns.cli;

import org.whoowns.learn.ExamPaper;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The options the quiz commands share: --pack, --seed and --count, read and checked the same way everywhere. */
final class RunOptions {
    static final int MAX_COUNT = 1000;

    private RunOptions() {
    }

    static Pack pack(CommandLine line) throws PackException {
        var file = line.option("--pack");
        return file.isPresent() ? PackLoader.load(Path.of(file.get())) : PackLoader.loadDefault();
    }

    static long seed(CommandLine line) throws UsageException {
        return line.number("--seed", 0, Long.MAX_VALUE).orElseGet(() -> ThreadLocalRandom.current().nextLong(1, 1_000_000));
    }

    static Optional<Integer> count(CommandLine line) throws UsageException {
        return line.number("--count", 1, MAX_COUNT).map(Long::intValue);
    }

    /**
     * The questions practice asks: {@code --count} of them (default {@code fallback}). A --count above what
     * the pack supports is an error that says how many there are, rather than a silently shorter run.
     */
    static List<Question> deal(CommandLine line, Pack pack, long seed, int fallback) throws UsageException {
        Optional<Integer> asked = count(line);
        List<Question> questions = PracticeDeck.deal(pack, seed, asked.orElse(fallback));
        if (asked.isPresent() && questions.size() < asked.get()) {
            throw new UsageException("--count " + asked.get() + " is more than this pack supports: at most "
                    + questions.size() + (questions.size() == 1 ? " question" : " questions") + " in a run");
        }
        if (questions.isEmpty()) {
            throw new UsageException("this pack supports no questions");
        }
        return questions;
    }

    /**
     * The exam's questions: {@code --count} of them (default {@link ExamPaper#DEFAULT_COUNT}), balanced by
     * {@link ExamPaper}; the same for `exam` and `export --mode exam`.
     */
    static List<Question> examPaper(CommandLine line, Pack pack, long seed) throws UsageException {
        int count = count(line).orElse(ExamPaper.DEFAULT_COUNT);
        try {
            return ExamPaper.of(pack, seed, count);
        } catch (IllegalArgumentException e) {
            throw new UsageException((line.option("--count").isPresent() ? "--count: " : "")
                    + e.getMessage() + " in this pack");
        }
    }
}
