package org.whoowns.plain;

import org.junit.jupiter.api.Test;
import org.whoowns.TestClock;
import org.whoowns.learn.ExamPaper;
import org.whoowns.learn.ExamResult;
import org.whoowns.learn.ExamSession;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Grader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain exam's clock: a countdown in every prompt, and time running out submits. */
class PlainExamTest {
    private static final Pack PACK = TestPacks.shipped();
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");


    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PlainExam exam(ExamSession session, java.io.InputStream in) {
        return new PlainExam(PACK, session, in, new PrintStream(out, true, StandardCharsets.UTF_8), 0);
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCountdownShowsInEveryQuestionAndPrompt() {
        TestClock clock = new TestClock(T0);
        ExamSession session = new ExamSession(ExamPaper.of(PACK, 5, 3), clock, Optional.of(Duration.ofMinutes(10)), Grader.STRICT, 80);
        clock.set(T0.plusSeconds(30));
        ExamResult result = exam(session, new ByteArrayInputStream("submit\n".getBytes(StandardCharsets.UTF_8))).run("exam");
        assertTrue(text().contains("Question 1/3  Time left 9:30"), text());
        assertTrue(text().contains("Answer (9:30 left): "), text());
        assertTrue(!result.timeUp() && result.completed().equals(T0.plusSeconds(30)), result.toString());
    }

    @Test
    void timeUpWhileAnsweringSubmitsAsItStoodAtTheDeadline() throws Exception {
        TestClock clock = new TestClock(T0);
        ExamSession session = new ExamSession(ExamPaper.of(PACK, 5, 3), clock, Optional.of(Duration.ofMinutes(10)), Grader.STRICT, 80);
        String first = session.question().answer().stream().map(i -> Integer.toString(i + 1))
                .collect(java.util.stream.Collectors.joining(","));
        try (PipedOutputStream keyboard = new PipedOutputStream(); PipedInputStream in = new PipedInputStream(keyboard)) {
            java.util.concurrent.CompletableFuture<ExamResult> running = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> exam(session, in).run("exam"));
            keyboard.write((first + "\n").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!text().contains("Question 2/3") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            clock.set(T0.plus(Duration.ofMinutes(11)));
            keyboard.write("2\n".getBytes(StandardCharsets.UTF_8)); // too late: refused, the exam is over
            keyboard.flush();
            ExamResult result = running.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(result.timeUp(), text());
            assertEquals(T0.plus(Duration.ofMinutes(10)), result.completed());
            assertTrue(text().contains("Time is up: the exam was submitted as it stood."), text());
            assertEquals(1.0, result.raw(), "the answer given in time counts, the late one does not");
        }
    }

    @Test
    void aRealDeadlineEndsAnExamWhileTheLearnerIsStillThinking() throws Exception {
        ExamSession session = new ExamSession(ExamPaper.of(PACK, 5, 3), Clock.systemUTC(), Optional.of(Duration.ofMillis(300)),
                Grader.STRICT, 80);
        try (PipedOutputStream keyboard = new PipedOutputStream(); PipedInputStream in = new PipedInputStream(keyboard)) {
            long start = System.nanoTime();
            ExamResult result = exam(session, in).run("exam"); // nothing is ever typed
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(result.timeUp(), text());
            assertTrue(took >= 250 && took < 5000, "ended at the deadline, after " + took + " ms");
            assertEquals(0.0, result.raw());
        }
    }

    @Test
    void countdownTextRoundsUpAndShowsHours() {
        assertEquals("0:00", ExamSession.countdown(Duration.ZERO));
        assertEquals("0:01", ExamSession.countdown(Duration.ofMillis(1)));
        assertEquals("4:05", ExamSession.countdown(Duration.ofSeconds(245)));
        assertEquals("1:02:03", ExamSession.countdown(Duration.ofSeconds(3723)));
    }
}
