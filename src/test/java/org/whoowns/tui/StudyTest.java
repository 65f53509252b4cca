package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

class StudyTest {
    private final Pack pack = TestPacks.shipped();

    private static String start(String text) {
        return text.substring(0, Math.min(40, text.length()));
    }

    @Test
    void theGridShowsEveryAreaModelAndOwnerLetterWithALegend() {
        Harness h = new Harness(pack).type("s");
        String screen = h.text();
        for (Area area : pack.areas()) {
            int row = h.find(" " + area.name());
            assertTrue(row > 0, area.name() + "\n" + screen);
            for (Model model : pack.models()) {
                assertTrue(h.row(row).contains(pack.owner(area, model).key()), h.row(row));
            }
        }
        pack.models().forEach(m -> assertTrue(screen.contains(m.name()), m.name()));
        pack.owners().forEach(o -> assertTrue(screen.contains(o.key() + "  " + o.name()), o.name() + "\n" + screen));
    }

    @Test
    void movingTheCursorShowsThatCellsExplanation() {
        Harness h = new Harness(pack).type("s");
        Cell first = new Cell(pack.areas().get(0), pack.models().get(0));
        assertTrue(h.text().contains(start(pack.explanation(first).text())), h.text());
        assertTrue(h.text().contains(first.area().name() + " × " + first.model().name()), h.text());

        // Down until the explanation changes (neighbouring cells may share one).
        int row = 0;
        while (pack.explanation(new Cell(pack.areas().get(row), first.model())).equals(pack.explanation(first))) {
            row++;
            h.press(key(KeyType.ArrowDown));
        }
        Cell moved = new Cell(pack.areas().get(row), first.model());
        assertTrue(h.text().contains(moved.area().name() + " × " + moved.model().name()), h.text());
        assertTrue(h.text().contains(start(pack.explanation(moved).text())), h.text());
        assertFalse(h.text().contains(start(pack.explanation(first).text())), h.text());

        h.type("l"); // hjkl too
        Cell right = new Cell(moved.area(), pack.models().get(1));
        assertTrue(h.text().contains(right.area().name() + " × " + right.model().name()), h.text());
        h.press(key(KeyType.ArrowLeft)).type("k");
        assertTrue(h.text().contains(pack.areas().get(row - 1).name() + " × " + first.model().name()), h.text());
    }

    @Test
    void theCursorCellIsBracketedAndReversed() {
        Harness h = new Harness(pack).type("s").press(key(KeyType.ArrowRight));
        int row = h.find(" " + pack.areas().get(0).name());
        String line = h.row(row);
        int open = line.indexOf('>');
        assertTrue(open > 0 && line.indexOf('<') > open, line);
        assertTrue(h.at(open + 1, row).isReversed());
        assertEquals(1, line.chars().filter(c -> c == '>').count(), line);
    }

    @Test
    void theCursorStaysInsideTheGrid() {
        Harness h = new Harness(pack).type("s");
        for (int i = 0; i < 20; i++) {
            h.press(key(KeyType.ArrowUp), key(KeyType.ArrowLeft));
        }
        assertTrue(h.row(0).contains("row 1/" + pack.areas().size() + ", column 1/"), h.row(0));
        for (int i = 0; i < 100; i++) {
            h.press(key(KeyType.ArrowDown), key(KeyType.ArrowRight));
        }
        assertTrue(h.row(0).contains("row " + pack.areas().size() + "/" + pack.areas().size()
                + ", column " + pack.models().size() + "/" + pack.models().size()), h.row(0));
    }

    @Test
    void longTextBelowTheGridScrolls() {
        Harness h = new Harness(pack).type("s");
        String before = h.text();
        assertTrue(h.row(22).contains("more ↓"), "the first cell's explanation is longer than the space:\n" + before);
        h.press(key(KeyType.PageDown));
        assertNotEquals(before, h.text());
        assertTrue(h.row(22).contains("more ↑"), h.row(22));
        assertTrue(h.text().contains("Source: "), h.text());
    }

    @Test
    void sixtyAreasScrollTheGridVertically() {
        Pack big = TestPacks.shaped(4, 60, 3, "");
        Harness h = new Harness(big).type("s");
        assertTrue(h.text().contains("areas 1-"), h.text());
        assertEquals(-1, h.find(" " + big.areas().get(59).name()));
        for (int i = 0; i < 59; i++) {
            h.press(key(KeyType.ArrowDown));
        }
        assertTrue(h.find(" " + big.areas().get(59).name()) > 0, h.text());
        assertTrue(h.text().contains("of 60"), h.text());
        assertTrue(h.text().contains("Explains area 59 under model 0"), h.text());
        assertEquals(-1, h.find(" " + big.areas().get(0).name() + " "));
    }

    @Test
    void escAndBackspaceLeaveStudy() {
        for (KeyType back : List.of(KeyType.Escape, KeyType.Backspace)) {
            Harness h = new Harness(pack).type("s").press(key(back));
            assertTrue(h.text().contains("4  Quit"), h.text());
        }
    }
}
