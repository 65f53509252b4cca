package org.whoowns.tui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's screens on the virtual terminal: menu entries, reasons, matrix-fill, resume, Progress. */
class PracticeLoopScreensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Learning learning() {
        return new Learning(new DataDir(home), new Learner("tui"), CLOCK, ZoneOffset.UTC);
    }

    /** Answers the current question with its first choice, or a fill with Customer everywhere. */
    private static void answerOne(Harness h) {
        if (h.text().contains("Type one key per cell")) {
            for (int i = 0; i < 40 && h.text().contains("_"); i++) {
                h.type("c");
            }
            h.press(Harness.key(KeyType.Enter));
        } else if (h.text().contains("Select all")) {
            h.type("1").press(Harness.key(KeyType.Enter));
        } else {
            h.type("1");
        }
    }

    @Test
    void practiceAskedForBeforeThePackSettlesWaitsForTheLearnersFilesThenSaves() throws Exception {
        Pack pack = PackLoader.loadDefault();
        // The pack has loaded but its PackSettled event is still queued behind the key (seen under load).
        Harness h = Harness.beforeSettling(pack, learning());
        h.type("p");
        assertTrue(h.text().contains("Loading the pack"), h.text());
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.text().contains("Question 1/5") && h.text().contains("Picked: new"), h.text());
        answerOne(h);
        Path progress = home.resolve("tui").resolve("progress-" + pack.id() + ".json");
        assertTrue(Files.exists(progress), "the answer is saved");
        // one review per item the first question tested
        assertFalse(new ObjectMapper().readTree(progress.toFile()).get("reviews").isEmpty(), Files.readString(progress));
    }

    @Test
    void theMenuOffersTheLearnersEntriesAndPracticeSaysWhyAndSaves() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Harness h = new Harness(pack, learning());
        String menu = h.text();
        for (String item : new String[] {"1  Study", "2  Practice", "3  My misses", "4  Exam", "5  Drill", "6  Progress", "7  Quit"}) {
            assertTrue(menu.contains(item), item + "\n" + menu);
        }
        h.type("m");
        assertTrue(h.text().contains("No misses to drill"), h.text());
        h.type("p");
        assertTrue(h.text().contains("Question 1/5") && h.text().contains("Picked: new"), h.text());
        assertTrue(h.row(0).contains("For tui"), h.row(0));
        for (int i = 0; i < 3; i++) {
            answerOne(h);
            h.press(Harness.key(KeyType.Enter));
        }
        assertTrue(Files.exists(home.resolve("tui").resolve("progress-" + pack.id() + ".json")));
        h.press(Harness.key(KeyType.Escape));
        assertTrue(h.text().contains("3  Resume practice   the run left midway (3 of 5)"), "saved, so no question:\n" + h.text());
        h.app.close();

        Harness again = new Harness(pack, learning());
        assertTrue(again.text().contains("Resume practice") && again.text().contains("(3 of 5)"), again.text());
        again.type("r");
        assertTrue(again.text().contains("Question 4/5") && again.row(0).contains("Resumed"), again.text());
        again.app.close();
    }

    @Test
    void aMatrixFillIsFilledByKeysAndExplainedCellByCell() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Harness h = new Harness(pack, learning());
        h.type("p");
        for (int i = 0; i < 4; i++) {
            answerOne(h);
            h.press(Harness.key(KeyType.Enter));
        }
        String fill = h.text();
        assertTrue(fill.contains("Question 5/5") && fill.contains("Type one key per cell"), fill);
        assertTrue(fill.contains(">_<"), "the cursor cell reads without colour:\n" + fill);
        h.type("x");
        assertTrue(h.text().contains("\"x\" is no owner's key"), h.text());
        h.press(Harness.key(KeyType.Enter));
        assertTrue(h.text().contains("Fill every cell first: 4 left"), h.text());
        h.type("ms").press(Harness.key(KeyType.Backspace)).press(Harness.key(KeyType.Backspace)).type("cccc");
        assertFalse(h.text().contains("_ "), h.text());
        h.press(Harness.key(KeyType.Enter));
        String feedback = h.text();
        assertTrue(feedback.contains("The right keys: "), feedback);
        assertTrue(feedback.contains("cells right") || feedback.contains("✓ RIGHT"), feedback);
        h.app.close();
    }

    @Test
    void progressShowsTheHeatmapTotalsAndSessionsWithoutColour() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Harness h = new Harness(pack, learning());
        h.type("g");
        assertTrue(h.text().contains("none yet"), h.text());
        h.press(Harness.key(KeyType.Escape)).type("p");
        for (int i = 0; i < 5; i++) {
            answerOne(h);
            h.press(Harness.key(KeyType.Enter));
        }
        h.press(Harness.key(KeyType.Escape)).type("g");
        String screen = h.text();
        assertTrue(screen.contains("Progress of tui"), screen);
        assertTrue(screen.contains("Cells practised") && screen.contains("Streak 1 day"), screen);
        assertTrue(screen.contains("Mon 2 Mar 09:00"), screen);
        long marked = screen.lines().filter(l -> l.matches(".*\\s[0-9x]\\s.*")).count();
        assertTrue(marked >= 1, "practised cells show a digit or x:\n" + screen);
        assertTrue(screen.contains("· not practised yet"), screen);
        h.app.close();
    }

    @Test
    void aLockedLearnerIsSaidOnTheMenuAndTheTuiGoesOn() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Harness holder = new Harness(pack, learning());
        try (var ignored = java.nio.channels.FileChannel.open(home.resolve("tui").resolve("lock"))) {
            // the same JVM cannot take the lock twice: the second App must say so and carry on
            Harness second = new Harness(pack, learning());
            // said in full on the menu, where the pack's description would stand
            assertTrue(second.text().contains("Note: Progress is not saved"), second.text());
            second.type("p");
            assertTrue(second.text().contains("Question 1/"), second.text());
        } finally {
            holder.app.close();
        }
    }
}
