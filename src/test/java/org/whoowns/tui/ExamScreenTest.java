package org.whoowns.tui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.TestClock;
import org.whoowns.learn.ExamPaper;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Question;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** The exam on the virtual terminal: no feedback, flag, back, list, submit, result, review, countdown, exit code. */
class ExamScreenTest {
    private static final Pack PACK = TestPacks.shipped();
    private static final int COUNT = 6;
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path home;

    private Harness harness(Optional<Duration> limit, Clock clock) {
        return new Harness(PACK, Harness.exams(home, COUNT, limit, clock));
    }

    /** The first exam of a Harness uses its seed. */
    private static List<Question> paper() {
        return ExamPaper.of(PACK, Harness.SEED, COUNT);
    }

    /** Answers the current question with the key's choices (right) or with a wrong choice. */
    private static void answer(Harness h, Question q, boolean right) {
        if (right) {
            q.answer().forEach(i -> h.type(Integer.toString(i + 1)));
        } else {
            int wrong = 0;
            while (q.answer().contains(wrong)) {
                wrong++;
            }
            h.type(Integer.toString(wrong + 1));
        }
        if (q.selectAll()) {
            h.press(key(com.googlecode.lanterna.input.KeyType.Enter));
        }
    }

    @Test
    void answeringRightWithAFlagAndABackPassesSavesAndExitsZero() throws Exception {
        Harness h = harness(Optional.empty(), new TestClock(T0));
        List<Question> paper = paper();
        h.type("e");
        assertTrue(h.text().contains("Exam 1/6  Answered 0  Flagged 0"), h.text());
        assertTrue(h.text().contains(paper.get(0).prompt().substring(0, 30)), h.text());
        h.type("m");
        assertTrue(h.text().contains("Flagged 1") && h.text().contains(" Flagged "), h.text());
        answer(h, paper.get(0), true);
        assertTrue(h.text().contains("Exam 2/6"), h.text());
        assertFalse(h.text().contains("RIGHT") || h.text().contains("WRONG"), "no feedback during the exam:\n" + h.text());
        h.press(key(com.googlecode.lanterna.input.KeyType.ArrowLeft));
        assertTrue(h.text().contains("Exam 1/6") && h.text().contains("Your answer: "), h.text());
        h.press(key(com.googlecode.lanterna.input.KeyType.ArrowRight));
        for (int i = 1; i < COUNT; i++) {
            answer(h, paper.get(i), true);
        }
        String list = h.text();
        assertTrue(list.contains("Exam list") && list.contains("That was the last question"), list);
        assertTrue(list.contains(" 1. answered") && list.contains("[flagged]"), list);
        h.type("s");
        assertTrue(h.text().contains("Submit the exam? Every question is answered, 1 flagged."), h.text());
        h.type("y");
        String result = h.text();
        assertTrue(result.contains("Exam result") && result.contains("✓ PASSED, 6/6 (100 %), pass mark 80 %"), result);
        assertTrue(result.contains("By area") && result.contains("By model"), result);
        assertTrue(result.contains("Saved as attempt #1"), result);
        assertTrue(h.allText().contains("Certificate: "), "a pass writes a certificate");
        assertTrue(Files.exists(home.resolve("tester").resolve("results.json")));
        h.type("q");
        assertFalse(h.app.running());
        assertEquals(0, h.app.exitCode());
    }

    @Test
    void allWrongFailsReviewsEachMissWithItsFeedbackAndExitsOne() {
        Harness h = harness(Optional.empty(), new TestClock(T0));
        List<Question> paper = paper();
        h.type("e");
        for (Question q : paper) {
            answer(h, q, false);
        }
        h.type("s").type("y");
        assertTrue(h.text().contains("✗ FAILED, 0/6 (0 %)"), h.text());
        assertTrue(h.allText().contains("6 questions missed: press r"), h.allText());
        h.type("r");
        String review = h.text();
        assertTrue(review.contains("Exam review  Missed 1/6  (question 1/6)"), review);
        assertTrue(review.contains("✗ WRONG") && review.contains("The right "), review);
        h.press(key(com.googlecode.lanterna.input.KeyType.Enter));
        assertTrue(h.text().contains("Missed 2/6"), h.text());
        h.press(key(com.googlecode.lanterna.input.KeyType.Escape));
        assertTrue(h.text().contains("Exam result"), h.text());
        h.press(key(com.googlecode.lanterna.input.KeyType.Escape));
        assertTrue(h.text().contains("  Quit"), h.text());
        h.type("q");
        assertEquals(1, h.app.exitCode());
    }

    @Test
    void theCountdownRunsInTheHeaderAndTimeUpSubmits() {
        TestClock clock = new TestClock(T0);
        Harness h = harness(Optional.of(Duration.ofMinutes(10)), clock);
        h.type("e");
        assertTrue(h.row(0).contains("Time 10:00"), h.row(0));
        clock.advance(Duration.ofSeconds(75));
        h.app.tick();
        h.resize(80, 24);
        assertTrue(h.row(0).contains("Time 8:45"), h.row(0));
        answer(h, paper().get(0), true);
        clock.advance(Duration.ofMinutes(9));
        h.app.tick();
        h.resize(80, 24);
        String result = h.text();
        assertTrue(result.contains("Time ran out: the exam was submitted as it stood."), result);
        assertTrue(result.contains("FAILED, 1/6"), result);
    }

    @Test
    void leavingAnExamAsksFirstAndSavesNothing() {
        Harness h = harness(Optional.empty(), new TestClock(T0));
        h.type("e");
        answer(h, paper().get(0), true);
        h.press(key(com.googlecode.lanterna.input.KeyType.Escape));
        assertTrue(h.text().contains("Leave the exam? It is not submitted and nothing is saved."), h.text());
        h.type("y");
        assertTrue(h.text().contains("  Quit"), h.text());
        assertFalse(Files.exists(home.resolve("tester").resolve("results.json")));
        h.type("q");
        assertEquals(0, h.app.exitCode());
    }
}
