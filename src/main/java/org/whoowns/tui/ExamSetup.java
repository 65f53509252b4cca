package org.whoowns.tui;

import org.whoowns.learn.ExamRecorder;
import org.whoowns.pack.Pack;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the TUI's exams run: questions, pass mark (percent), optional time limit, the clock that times them,
 * and where a submitted exam is recorded, given the pack and the exam's seed.
 */
public record ExamSetup(int count, int passMark, Optional<Duration> limit, Clock clock,
                        BiFunction<Pack, Long, ExamRecorder> recorder) {
    /** For sessions that never reach the exam (a classroom's SSH screens, the warm-up rehearsal): records nothing. */
    static final ExamSetup NONE = new ExamSetup(1, 80, Optional.empty(), Clock.systemUTC(), (pack, seed) -> {
        throw new IllegalStateException("this session takes no exams");
    });
}
