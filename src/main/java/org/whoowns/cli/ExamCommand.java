package org.whoowns.cli;

import org.whoowns.learn.ExamRecorder;
import org.whoowns.learn.ExamResult;
import org.whoowns.learn.ExamSession;
import org.whoowns.learn.StoreException;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.plain.PlainExam;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `whoowns exam`: a fixed exam with a pass mark, strict grading (a select-all question counts only when every
 * pick is right: an exam certifies, it does not coach), no feedback until the end, the attempt saved as a
 * completion record and, on a pass, a certificate. Exit 0 passed, 1 failed.
 */
final class ExamCommand implements Command {
    static final int DEFAULT_PASS = 80;
    static final int MAX_MINUTES = 600;

    @Override
    public String name() {
        return "exam";
    }

    @Override
    public Set<String> options() {
        return Set.of("--count", "--pass", "--time-limit", "--seed", "--learner", "--plain", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns exam [--count N] [--pass 80] [--time-limit MIN] [--seed N]
                               [--learner NAME] [--plain] [--pack FILE]
                                an exam (default 20 questions): no feedback until the end,
                                flag and go back, saved result; exit 0 passed, 1 failed
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        Rules rules = Rules.of(line);
        if (!line.flag("--plain")) {
            return TuiLaunch.exam(line, io, rules);
        }
        Pack pack = RunOptions.pack(line);
        long seed = RunOptions.seed(line);
        List<Question> paper = RunOptions.examPaper(line, pack, seed);
        LearnerData who = LearnerData.of(line, io);
        ExamRecorder recorder = new ExamRecorder(new ExamRecorder.Sitting(who.data(), who.learner(), pack,
                Site.of(io.env()).activity(pack.id()), VersionCommand.version(), seed));
        Clock clock = Clock.systemUTC();
        try {
            recorder.check(clock.instant()).forEach(notice -> io.err().println("whoowns: " + notice));
        } catch (StoreException e) {
            throw new UsageException("cannot start the exam: " + e.getMessage());
        }
        ExamSession session = new ExamSession(paper, clock, rules.limit(), Grader.STRICT, rules.passMark());
        PlainExam exam = new PlainExam(pack, session, io.in(), io.out(), io.outColumns().getAsInt());
        Thread onInterrupt = new Thread(exam::interrupt, "whoowns-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ExamResult result;
        try {
            result = exam.run("whoowns exam: " + pack.title() + ", " + paper.size() + " questions, seed " + seed
                    + ", pass mark " + rules.passMark() + " %" + rules.limit().map(l -> ", time limit " + l.toMinutes() + " min").orElse("")
                    + ", learner " + who.learner().name() + ". Strict grading: a select-all question counts only when"
                    + " every pick is right. No feedback until you submit. (The same exam: --seed " + seed
                    + " --count " + paper.size() + ")");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook says the exam was not submitted
            }
        }
        exam.report(result);
        List<String> closing = new ArrayList<>();
        try {
            ExamRecorder.Recorded saved = recorder.record(result);
            saved.notices().forEach(notice -> io.err().println("whoowns: " + notice));
            closing.addAll(saved.lines());
        } catch (StoreException e) {
            exam.close(List.of(), result);
            throw new UsageException("the attempt was NOT saved: " + e.getMessage());
        }
        exam.close(closing, result);
        return result.passed() ? Exit.OK : Exit.FAILED;
    }

    /** The pass mark and time limit, checked before anything is loaded. */
    record Rules(int passMark, Optional<Duration> limit) {
        static Rules of(CommandLine line) throws UsageException {
            int pass = line.number("--pass", 1, 100).orElse((long) DEFAULT_PASS).intValue();
            Optional<Duration> limit = line.number("--time-limit", 1, MAX_MINUTES).map(Duration::ofMinutes);
            return new Rules(pass, limit);
        }
    }
}
