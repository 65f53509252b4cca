package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** Pack text with escape sequences and control characters reaches the screen only as plain text. */
class SanitizeTest {
    private static final String TAINT = "\u001b[31m\u0007\u009b2J\u202e";
    private final Pack pack = TestPacks.shaped(4, 5, 3, TAINT);

    private static void assertClean(Harness h, String where) {
        for (String row : h.rows()) {
            for (char c : row.toCharArray()) {
                assertFalse(Character.isISOControl(c) || c == '\u202e',
                        where + ": control character U+" + Integer.toHexString(c) + " in\n" + h.text());
            }
        }
    }

    @Test
    void studyDrawsTaintedTextWithoutControlCharacters() {
        Harness h = new Harness(pack);
        assertClean(h, "menu");
        assertTrue(h.text().contains("A generated pack"), h.text());
        h.type("s");
        assertClean(h, "study");
        assertTrue(h.text().contains("Area 0 of the stack"), "the escape vanished, the words stay:\n" + h.text());
        assertTrue(h.text().contains("Explains area 0 under model 0."), h.text());
        h.press(key(KeyType.PageDown));
        assertClean(h, "study, scrolled");
    }

    @Test
    void practiceDrawsTaintedTextWithoutControlCharacters() {
        Harness h = new Harness(pack).type("p");
        List<Question> deck = PracticeDeck.deal(pack, Harness.SEED, Harness.COUNT);
        assertTrue(deck.stream().anyMatch(q -> q.prompt().contains(TAINT)), "the taint reaches the questions");
        for (Question q : deck) {
            assertClean(h, "question");
            h.type(String.valueOf(q.answer().get(0) + 1));
            if (q.selectAll()) {
                h.press(key(KeyType.Enter));
            }
            for (String row : h.allPages()) {
                assertFalse(row.chars().anyMatch(Character::isISOControl), row);
            }
            h.press(key(KeyType.Enter));
        }
        assertClean(h, "summary");
        assertTrue(h.text().contains("Score "), h.text());
    }
}
