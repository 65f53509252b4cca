package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** Nothing assumes the shipped pack's 4 models, 10 areas and 3 owners. */
class ShapeTest {
    @Test
    void threeModelsFiveAreasFourOwners() {
        Pack pack = TestPacks.shaped(3, 5, 4, "");
        Harness h = new Harness(pack).type("s");
        String screen = h.text();
        pack.areas().forEach(a -> assertTrue(screen.contains(a.name()), a.name() + "\n" + screen));
        pack.models().forEach(m -> assertTrue(screen.contains(m.name()), m.name() + "\n" + screen));
        pack.owners().forEach(o -> assertTrue(screen.contains(o.name()), o.name() + "\n" + screen));
        playThrough(pack, h.press(key(KeyType.Escape)));
    }

    @Test
    void eightModelsWithLongNamesSixtyAreasEightOwnersStillFit80Columns() {
        Pack pack = TestPacks.shaped(8, 60, 8, "");
        Harness h = new Harness(pack).type("s");
        String screen = h.text();
        pack.owners().forEach(o -> assertTrue(screen.contains(o.key() + "  " + o.name()), "legend: " + o.name() + "\n" + screen));
        assertTrue(screen.contains("Area 0 of the stack"), screen);
        assertTrue(screen.contains("Model n…") || screen.contains("Model number 0"), "model names fit or say they are cut:\n" + screen);
        int row = h.find(" Area 0 of");
        long cells = h.row(row).chars().filter(c -> c >= 'A' && c <= 'H').count();
        assertTrue(cells >= 8, "a letter per model (and the area name's A):\n" + h.row(row));
        for (int i = 0; i < 7; i++) {
            h.press(key(KeyType.ArrowRight));
        }
        assertTrue(h.text().contains("Explains area 0 under model 7"), h.text());
        playThrough(pack, h.press(key(KeyType.Escape)));
    }

    @Test
    void twoModelsTwoAreasTwoOwners() {
        Pack pack = TestPacks.shaped(2, 2, 2, "");
        Harness h = new Harness(pack).type("s");
        assertTrue(h.text().contains("Area 1 of the stack"), h.text());
        playThrough(pack, h.press(key(KeyType.Escape)));
    }

    /** Practice from the menu to the summary, every answer right. */
    private static void playThrough(Pack pack, Harness h) {
        List<Question> deck = PracticeDeck.deal(pack, Harness.SEED, Harness.COUNT);
        h.type("p");
        for (Question q : deck) {
            q.answer().forEach(i -> h.type(String.valueOf(i + 1)));
            if (q.selectAll()) {
                h.press(key(KeyType.Enter));
            }
            assertTrue(h.row(1).contains("✓ RIGHT"), h.text());
            assertFalse(h.allText().isBlank());
            h.press(key(KeyType.Enter));
        }
        assertTrue(h.text().contains("Score " + deck.size() + "/" + deck.size() + "  (100 %)"), h.text());
        assertTrue(h.text().contains("No misses"), h.text());
    }

    @Test
    void gridRowsNeverExceedTheWidth() {
        for (Pack pack : List.of(TestPacks.shipped(), TestPacks.shaped(8, 60, 8, ""), TestPacks.shaped(2, 3, 2, ""))) {
            for (int width : new int[]{78, 100, 158}) {
                MatrixGrid grid = new MatrixGrid(pack, Harness.COLOUR, width);
                assertTrue(grid.header().width() <= width, "header at " + width);
                for (Area area : pack.areas()) {
                    assertTrue(grid.row(area, java.util.Set.of()).width() <= width, area.name() + " at " + width);
                }
                grid.legend(width).forEach(l -> assertTrue(l.width() <= width, l.text()));
            }
        }
    }

    @Test
    void namesShowWhereTheyFitLettersAndALegendWhereNot() {
        Pack pack = TestPacks.shipped();
        assertTrue(new MatrixGrid(pack, Harness.COLOUR, 78).needsLegend(), "all ten rows at 78 columns: letters");
        MatrixGrid wide = new MatrixGrid(pack, Harness.COLOUR, 120);
        assertFalse(wide.needsLegend());
        Area first = pack.areas().get(0);
        Owner owner = pack.owner(first, pack.models().get(0));
        assertTrue(wide.row(first, java.util.Set.of()).text().contains(owner.key() + " " + owner.name()));
        assertEquals(-1, new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, 1, 1).text().indexOf('\u001b'));
    }
}
