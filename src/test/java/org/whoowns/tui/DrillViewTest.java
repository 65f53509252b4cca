package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.TestClock;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** The hot-seat drill from the menu, on a virtual terminal with a clock the test moves. */
class DrillViewTest {
    private final Pack pack = TestPacks.shipped();
    private final TestClock clock = new TestClock();

    @TempDir
    Path results;

    @Test
    void twoPlayersTakeTurnsWithTheirOwnCountdownAndGetTheFullRankingSaved() throws IOException {
        Harness h = new Harness(pack);
        h.app.drills(results, clock);
        h.type("d");
        String board = h.text();
        assertTrue(board.contains("█"), "the code is drawn large for the board:\n" + board);
        Matcher m = Pattern.compile("Drill code: (\\S) (\\S) (\\S) (\\S) (\\S)").matcher(board);
        assertTrue(m.find(), board);
        DrillCode code = DrillCode.parse(m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5));
        List<Question> questions = Drill.deal(pack, code, Harness.COUNT).questions();

        h.type("Quinn").press(key(KeyType.Enter)).type("Bo?").press(key(KeyType.Enter), key(KeyType.Enter));
        assertTrue(h.app.running(), "q and ? are letters in a name");
        assertTrue(h.text().contains("Quinn's turn"), h.text());
        for (int round = 0; round < questions.size(); round++) {
            Question q = questions.get(round);
            h.press(key(KeyType.Enter)); // Quinn is ready
            assertTrue(h.text().contains("Time  20 s"), h.text());
            clock.advance(Duration.ofMillis(5_000));
            assertTrue(h.app.tick(), "the countdown moved on a second");
            h.app.draw();
            assertFalse(h.app.tick(), "nothing new to draw within the same second");
            assertTrue(h.text().contains("Time  15 s"), h.text());
            answerRight(h, q);
            assertTrue(h.text().contains("Bo?'s turn"), h.text());
            h.press(key(KeyType.Enter));
            clock.advance(Duration.ofSeconds(21));
            assertTrue(h.app.tick(), "time is up");
            h.app.draw();
            String roundPage = h.text();
            assertTrue(roundPage.contains("time up"), roundPage);
            assertTrue(roundPage.contains("+875"), "1000 × (1 − 5/20 ÷ 2):\n" + roundPage);
            assertTrue(roundPage.contains("Right answer") || roundPage.contains("Right choices"), roundPage);
            h.press(key(KeyType.Enter));
        }
        String end = h.text();
        assertTrue(end.contains("Final ranking"), end);
        assertTrue(Pattern.compile("1\\s+" + 875 * questions.size() + "\\s+" + questions.size() + "\\s+Quinn")
                .matcher(end).find(), end);
        assertTrue(Pattern.compile("2\\s+0\\s+0\\s+Bo\\?").matcher(end).find(), end);
        try (Stream<Path> files = Files.list(results)) {
            Path answers = files.filter(f -> f.toString().endsWith("-answers.csv")).findFirst().orElseThrow();
            List<String> rows = Files.readAllLines(answers);
            assertEquals(1 + 2 * questions.size(), rows.size(), rows.toString());
            assertTrue(rows.get(1).startsWith(code + ",Quinn,1," + questions.get(0).id()), rows.get(1));
        }
        h.press(key(KeyType.Enter));
        assertTrue(h.text().contains("  Quit"), "Enter leads back to the menu");
    }

    @Test
    void aRepeatedNameIsRefusedAndKeysTypedBeforeTheQuestionShowsDoNotAnswerIt() {
        Harness h = new Harness(pack);
        h.app.drills(results, clock);
        h.type("d").type("Ann").press(key(KeyType.Enter)).type("ann").press(key(KeyType.Enter));
        assertTrue(h.text().contains("named twice"), h.text());
        h.press(key(KeyType.Enter), key(KeyType.Enter));
        assertTrue(h.text().contains("Time  20 s"), h.text());
        h.press(key(KeyType.Escape));
        assertTrue(h.text().contains("Leave this drill?"), h.text());
    }

    @Test
    void eachAnswerIsSavedAtOnceSoADrillCutShortKeepsTheAnswersGiven() throws IOException {
        Harness h = new Harness(pack);
        h.app.drills(results, clock);
        h.type("d").type("Ann").press(key(KeyType.Enter)).type("Bo").press(key(KeyType.Enter), key(KeyType.Enter));
        h.press(key(KeyType.Escape));
        assertTrue(h.text().contains("Leave this drill? The drill (question 1 of"), "nothing answered, nothing saved:\n" + h.text());
        h.press(key(KeyType.Escape)); // no: stay
        h.press(key(KeyType.Enter)); // Ann is ready
        clock.advance(Duration.ofSeconds(2));
        h.type("1");
        if (h.text().contains("Select all")) {
            h.press(key(KeyType.Enter));
        }
        assertTrue(h.text().contains("Bo's turn"), h.text());
        List<String> rows = rows();
        assertEquals(3, rows.size(), "the header, Ann's answer, Bo's turn to come: " + rows);
        assertTrue(rows.get(1).matches("[A-Z0-9]{5},Ann,1,.*,1,(right|wrong),2000,\\d+"), rows.get(1));
        assertTrue(rows.get(2).matches("[A-Z0-9]{5},Bo,1,.*,,none,,0"), rows.get(2));

        h.press(key(KeyType.Escape));
        assertTrue(h.text().replaceAll("[│\\s]+", " ").contains("Leave this drill? The rest of the drill (at question 1 of "
                + Harness.COUNT + "; the answers so far are saved) will be lost."), h.text());
        h.press(new KeyStroke('c', true, false));
        assertFalse(h.app.running());
        assertEquals(rows, rows(), "Ctrl-C keeps what was saved, in the same file");
    }

    private List<String> rows() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            List<Path> answers = files.filter(f -> f.toString().endsWith("-answers.csv")).toList();
            assertEquals(1, answers.size(), "one file for the drill, replaced after each answer: " + answers);
            return Files.readAllLines(answers.get(0));
        }
    }

    private static void answerRight(Harness h, Question q) {
        for (int i : q.answer()) {
            h.type(String.valueOf(i + 1));
        }
        if (q.selectAll()) {
            h.press(key(KeyType.Enter));
        }
    }
}
