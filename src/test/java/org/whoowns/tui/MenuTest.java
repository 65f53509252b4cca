package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.Problem;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

class MenuTest {
    private final Pack pack = TestPacks.shipped();

    @Test
    void menuOffersStudyPracticeExamQuitAndNothingElse() {
        String screen = new Harness(pack).text();
        assertTrue(screen.contains("1  Study"), screen);
        assertTrue(screen.contains("2  Practice"), screen);
        assertTrue(screen.contains("3  Exam"), screen);
        assertTrue(screen.contains("4  Drill"), screen);
        assertTrue(screen.contains("  Quit"), screen);
        for (String later : List.of("Progress", "Classroom")) {
            assertFalse(screen.contains(later), later + " is not in this menu yet:\n" + screen);
        }
        assertTrue(screen.contains(pack.title()), "the loaded pack's title is shown:\n" + screen);
    }

    @Test
    void menuIsDrawnWhileThePackIsStillLoadingAndUpdatesWhenItArrives() throws Exception {
        CompletableFuture<Pack> loading = new CompletableFuture<>();
        Harness h = new Harness(loading, Harness.COLOUR, 1, 5);
        assertTrue(h.text().contains("Practice"), h.text());
        assertTrue(h.text().contains("loading the pack"), h.text());
        loading.complete(pack);
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.text().contains(pack.title()), h.text());
    }

    @Test
    void practiceFromTheCommandLineOpensOnceThePackHasLoaded() throws Exception {
        CompletableFuture<Pack> loading = new CompletableFuture<>();
        Harness h = new Harness(loading, Harness.COLOUR, 1, 5);
        h.app.openOnLoad(Tui.Start.PRACTICE);
        assertTrue(h.text().contains("Practice"), "the menu shows while the pack loads:\n" + h.text());
        loading.complete(pack);
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.text().contains("Question 1/5"), h.text());
    }

    @Test
    void practiceOnLoadDoesNotPullTheUserOutOfStudy() throws Exception {
        CompletableFuture<Pack> loading = new CompletableFuture<>();
        Harness h = new Harness(loading, Harness.COLOUR, 1, 5);
        h.app.openOnLoad(Tui.Start.PRACTICE);
        loading.complete(pack);
        h.press(key('s'));
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.text().contains("Study"), h.text());
        assertFalse(h.text().contains("Question 1/"), h.text());
    }

    @Test
    void aPackThatFailsToLoadEndsTheTuiWithItsError() {
        PackException broken = new PackException(List.of(new Problem("bad.json", 3, 7, "owners", "is empty")));
        CompletableFuture<Pack> failing = CompletableFuture.failedFuture(broken);
        Harness h = new Harness(failing, Harness.COLOUR, 1, 5);
        assertTrue(h.text().contains("Study"), "the menu still draws:\n" + h.text());
        assertEquals(broken, assertThrows(PackException.class, h.app::packSettled));
        assertEquals(broken, assertThrows(PackException.class, () -> h.app.handle(key('s'))));
    }

    @Test
    void arrowsAndEnterOpenTheSelectedItem() {
        Harness h = new Harness(pack).press(key(KeyType.ArrowDown), key(KeyType.Enter));
        assertTrue(h.text().contains("Question 1/"), h.text());
        h = new Harness(pack).press(key(KeyType.Enter));
        assertTrue(h.text().contains("Study: "), h.text());
    }

    @Test
    void hotKeysByLetterAndNumber() {
        assertTrue(new Harness(pack).type("s").text().contains("Study: "));
        assertTrue(new Harness(pack).type("1").text().contains("Study: "));
        assertTrue(new Harness(pack).type("p").text().contains("Question 1/"));
        assertTrue(new Harness(pack).type("2").text().contains("Question 1/"));
        assertTrue(new Harness(pack).type("e").text().contains("Exam 1/20  Answered 0"));
        assertTrue(new Harness(pack).type("3").text().contains("Exam 1/20  Answered 0"));
        assertTrue(new Harness(pack).type("d").text().contains("Drill code:"));
        assertTrue(new Harness(pack).type("4").text().contains("Name of player 1"));
        assertFalse(new Harness(pack).type("5").app.running());
        assertFalse(new Harness(pack).type("q").app.running());
    }

    @Test
    void qAndCtrlCQuitEscDoesNot() {
        assertFalse(new Harness(pack).type("q").app.running());
        assertFalse(new Harness(pack).press(new KeyStroke('c', true, false)).app.running());
        assertFalse(new Harness(pack).press(key(KeyType.EOF)).app.running());
        Harness h = new Harness(pack).press(key(KeyType.Escape));
        assertTrue(h.app.running());
        assertTrue(h.text().contains("Practice"));
    }

    @Test
    void qQuitsFromEveryScreen() {
        assertFalse(new Harness(pack).type("s").type("q").app.running());
        assertFalse(new Harness(pack).type("p").type("q").app.running());
    }

    @Test
    void escThenAKeyArrivingAsAltKeyMeansBoth() {
        Harness h = new Harness(pack).type("s");
        h.press(new KeyStroke('2', false, true));
        assertTrue(h.text().contains("Question 1/"), "Esc back to the menu, then 2 = Practice:\n" + h.text());
    }
}
