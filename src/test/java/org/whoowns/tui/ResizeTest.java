package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

class ResizeTest {
    private static final String ENLARGE = "whoowns needs at least 80x24; this terminal is 60x20. Enlarge it, or press q to quit.";

    @Test
    void aSmallTerminalShowsOnlyTheEnlargeMessageAndTheViewComesBack() {
        Harness h = new Harness(TestPacks.shipped()).type("s");
        String study = h.text();
        h.resize(60, 20);
        String small = h.text();
        assertEquals(ENLARGE, small.replaceAll("\\s+", " ").trim(), small);
        h.press(key(KeyType.ArrowDown), key('p')); // ignored while too small: the user cannot see them
        h.resize(80, 24);
        assertEquals(study, h.text());
    }

    @Test
    void qStillQuitsWhileTooSmall() {
        Harness h = new Harness(TestPacks.shipped()).resize(79, 24);
        assertTrue(h.text().contains("this terminal is 79x24"), h.text());
        assertFalse(h.type("q").app.running());
    }

    @Test
    void tinyAndLargeSizesDrawWithoutErrors() {
        Harness h = new Harness(TestPacks.shipped()).type("p");
        for (int[] size : new int[][]{{1, 1}, {0, 0}, {5, 2}, {80, 23}, {200, 60}, {80, 24}}) {
            h.resize(size[0], size[1]);
        }
        assertTrue(h.text().contains("Question 1/"), h.text());
        h.resize(200, 60);
        assertTrue(h.row(0).stripTrailing().length() > 150, "the header spans a wide terminal");
    }
}
