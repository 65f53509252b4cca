package org.whoowns.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

class PaletteTest {
    private final Pack pack = TestPacks.shipped();

    private static int colouredCells(Harness h) {
        int coloured = 0;
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 80; c++) {
                TextCharacter ch = h.at(c, r);
                if (ch.getForegroundColor() != TextColor.ANSI.DEFAULT || ch.getBackgroundColor() != TextColor.ANSI.DEFAULT) {
                    coloured++;
                }
            }
        }
        return coloured;
    }

    @Test
    void noColorMeansOnlyDefaultColoursOnEveryScreen() {
        Palette palette = Palette.from(Map.of("NO_COLOR", "1"));
        Harness h = new Harness(CompletableFuture.completedFuture(pack), palette, 1, 2);
        assertEquals(0, colouredCells(h), "menu");
        h.type("s");
        assertEquals(0, colouredCells(h), "study");
        int row = h.find(" " + pack.areas().get(0).name());
        int open = h.row(row).indexOf('>');
        assertTrue(h.at(open + 1, row).isReversed(), "the cursor still shows, by reverse video and >…<");
        h.press(key(KeyType.Escape)).type("p");
        for (Question q : PracticeDeck.deal(pack, 1, 2)) {
            assertEquals(0, colouredCells(h), "question");
            h.type(String.valueOf(q.answer().get(0) + 1));
            if (q.selectAll()) {
                h.press(key(KeyType.Enter));
            }
            assertTrue(h.row(1).contains("RIGHT"), h.text());
            assertEquals(0, colouredCells(h), "feedback");
            h.press(key(KeyType.Enter));
        }
        assertEquals(0, colouredCells(h), "summary");
        assertTrue(h.text().contains("Score "), h.text());
    }

    @Test
    void withColourOwnersGetBackgroundsAndEmptyNoColorDoesNotCount() {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Palette.from(Map.of("NO_COLOR", "")), 1, 2);
        h.type("s");
        assertTrue(colouredCells(h) > 40, h.text());
    }

    @Test
    void ownersAtEachEndAndBetweenGetDistinctColours() {
        Palette p = Harness.COLOUR;
        for (int owners = 2; owners <= 8; owners++) {
            java.util.Set<TextColor> seen = new java.util.HashSet<>();
            for (int rank = 0; rank < owners; rank++) {
                seen.add(p.owner(rank, owners).background());
            }
            assertEquals(owners, seen.size(), owners + " owners");
        }
    }
}
