package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.whoowns.tui.Harness.key;

class PracticeTest {
    private static final int COUNT = 10;
    private final Pack pack = TestPacks.shipped();

    /** A seed whose deck has a question matching {@code wanted}, and that question's position. */
    private record Found(long seed, int index, Question question) {
    }

    private Found find(Predicate<Question> wanted) {
        for (long seed = 1; seed < 200; seed++) {
            List<Question> deck = PracticeDeck.deal(pack, seed, COUNT);
            for (int i = 0; i < deck.size(); i++) {
                if (wanted.test(deck.get(i))) {
                    return new Found(seed, i, deck.get(i));
                }
            }
        }
        throw new AssertionError("no deck has such a question");
    }

    /** Practice started and the questions before {@code found} answered (first choice, then Enter past feedback). */
    private Harness at(Found found) {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, found.seed(), COUNT);
        h.type("p");
        List<Question> deck = PracticeDeck.deal(pack, found.seed(), COUNT);
        for (int i = 0; i < found.index(); i++) {
            answerRight(h, deck.get(i));
            h.press(key(KeyType.Enter));
        }
        assertTrue(h.text().contains("Question " + (found.index() + 1) + "/" + COUNT), h.text());
        return h;
    }

    private static void answerRight(Harness h, Question q) {
        if (q.selectAll()) {
            q.answer().forEach(i -> h.type(String.valueOf(i + 1)));
            h.press(key(KeyType.Enter));
        } else {
            h.type(String.valueOf(q.answer().get(0) + 1));
        }
    }

    private static String firstWords(String text) {
        return List.of(text.split(" ")).subList(0, 4).stream().collect(Collectors.joining(" "));
    }

    @Test
    void headerShowsThePackQuestionNumberAndScore() {
        Found f = find(q -> true);
        Harness h = at(f);
        String top = h.row(0);
        assertTrue(top.contains(pack.title()), top);
        assertTrue(top.contains("Question 1/" + COUNT), top);
        assertTrue(top.contains("Score 0/0"), top);
        answerRight(h, f.question());
        assertTrue(h.row(0).contains("Score 1/1"), h.row(0));
    }

    @Test
    void aRightAnswerShowsTheMarkExplanationSourceAndTheTestedCellInItsRow() {
        Found f = find(q -> !q.selectAll() && q.cells().size() == 1);
        Harness h = at(f);
        assertTrue(h.text().contains(f.question().prompt().substring(0, 30)), h.text());
        answerRight(h, f.question());
        assertTrue(h.row(1).contains("✓ RIGHT"), h.text());
        String all = h.allText();
        assertTrue(all.contains(firstWords(f.question().explanation().text())), all);
        assertTrue(all.contains("Source: " + f.question().explanation().sources().get(0).citation().substring(0, 30)), all);

        // The tested cell: its row shows the area, and the cell is reversed and bracketed under its model's name.
        Cell cell = f.question().cells().get(0);
        h.press(key(KeyType.Home));
        int row = -1;
        for (int page = 0; page < 10 && row < 0; page++) {
            row = rowOf(h, cell.area().name(), ">");
            if (row < 0) {
                h.press(key(KeyType.PageDown));
            }
        }
        assertTrue(row > 0, "the tested row is on some page");
        String line = h.row(row);
        int open = line.indexOf('>');
        int close = line.indexOf('<', open);
        String owner = pack.owner(cell).key();
        assertTrue(line.substring(open, close + 1).contains(owner), line);
        assertTrue(h.at(open + 1, row).isReversed(), "marked in reverse video too");
        String other = pack.models().stream().filter(m -> !m.equals(cell.model())).findFirst().orElseThrow().name();
        int otherCentre = h.row(row - 1).indexOf(other) + other.length() / 2;
        assertFalse(h.at(otherCentre, row).isReversed(), "only the tested cell is reversed:\n" + h.text());
        int headerColumn = h.row(row - 1).indexOf(cell.model().name());
        assertTrue(headerColumn >= 0, h.row(row - 1));
        int centre = headerColumn + cell.model().name().length() / 2;
        assertTrue(open <= centre && centre <= close, "the marked cell sits under " + cell.model().name()
                + ":\n" + h.row(row - 1) + "\n" + line);
    }

    private static int rowOf(Harness h, String area, String marker) {
        List<String> rows = h.rows();
        for (int r = 1; r < rows.size() - 2; r++) {
            if (rows.get(r).startsWith(" " + area) && rows.get(r).contains(marker)) {
                return r;
            }
        }
        return -1;
    }

    @Test
    void aWrongAnswerShowsWrongAndTheRightAnswer() {
        Found f = find(q -> !q.selectAll());
        Harness h = at(f);
        Question q = f.question();
        int wrong = q.answer().get(0) == 0 ? 1 : 0;
        h.type(String.valueOf((char) ('a' + wrong))); // letters work like numbers
        assertTrue(h.row(1).contains("✗ WRONG"), h.text());
        String answer = q.choices().get(q.answer().get(0)).text();
        assertTrue(h.row(2).contains("The right answer: " + answer.substring(0, Math.min(answer.length(), 40))), h.text());
        String all = h.allText();
        assertTrue(all.contains("✓ [ ] " + (q.answer().get(0) + 1) + ". "), "the right choice is marked:\n" + all);
        assertTrue(all.contains("✗ [x] " + (wrong + 1) + ". "), "the user's wrong pick is marked:\n" + all);
        assertTrue(h.row(0).contains("Score " + f.index() + "/" + (f.index() + 1)), h.row(0)); // the questions before it were answered right
    }

    @Test
    void arrowsAndEnterAnswerASingleAnswerQuestion() {
        Found f = find(q -> !q.selectAll() && q.answer().get(0) > 0);
        Harness h = at(f);
        for (int i = 0; i <= f.question().answer().get(0); i++) { // the first ↓ selects choice 1
            h.press(key(KeyType.ArrowDown));
        }
        assertTrue(h.row(1).isBlank(), "nothing answered yet");
        h.press(key(KeyType.Enter));
        assertTrue(h.row(1).contains("✓ RIGHT"), h.text());
    }

    @Test
    void selectAllTogglesNeedsAPickAndGivesPartialCredit() {
        Found f = find(q -> q.selectAll() && q.answer().size() >= 2);
        Harness h = at(f);
        Question q = f.question();
        assertTrue(h.text().contains("Select all that apply"), h.text());
        int right = q.answer().get(0);
        String choice = (right + 1) + ". ";
        h.type(String.valueOf(right + 1));
        assertTrue(h.text().contains(choice + "[x] "), h.text());
        h.type(String.valueOf(right + 1));
        assertTrue(h.text().contains(choice + "[ ] "), h.text());
        h.press(key(KeyType.Enter));
        assertTrue(h.text().contains("Tick at least one choice"), h.text());
        assertTrue(h.text().contains("Question " + (f.index() + 1)), "still on the question");
        assertTrue(h.text().contains("> " + choice), "a number also moves the cursor:\n" + h.text());
        h.press(key(' '));
        assertTrue(h.text().contains(choice + "[x] "), "Space ticks the cursor's choice:\n" + h.text());
        h.press(key(KeyType.Enter));
        assertTrue(h.row(1).contains("~ PARTLY RIGHT (0."), h.text());
        assertTrue(h.row(0).matches(".*Score \\d+\\.\\d+/\\d+.*"), "a fractional score:\n" + h.row(0));
    }

    @Test
    void theSummaryAfterTheLastQuestionShowsScoreAndMisses() {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, 7, 3);
        h.type("p");
        List<Question> deck = PracticeDeck.deal(pack, 7, 3);
        answerRight(h, deck.get(0));
        h.press(key(KeyType.Enter));
        Question missed = deck.get(1);
        h.type(missed.selectAll() ? wrongPicks(missed) : String.valueOf(missed.answer().get(0) == 0 ? 2 : 1));
        if (missed.selectAll()) {
            h.press(key(KeyType.Enter));
        }
        h.press(key(KeyType.Enter));
        answerRight(h, deck.get(2));
        assertTrue(h.text().contains("Enter: summary"), h.text());
        h.press(key(KeyType.Enter));
        String screen = h.allText();
        assertTrue(screen.contains("Score 2/3  (67 %)"), screen);
        assertTrue(screen.contains("Misses by area:"), screen);
        assertTrue(screen.contains("Misses by model:"), screen);
        assertTrue(screen.contains(missed.prompt().substring(0, 25)), screen);
        h.press(key(KeyType.Escape));
        assertTrue(h.text().contains("4  Quit"), "Esc leads back to the menu:\n" + h.text());
    }

    /** Every wrong choice of a select-all question: no credit. */
    private static String wrongPicks(Question q) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < q.choices().size(); i++) {
            if (!q.choices().get(i).correct()) {
                keys.append(i + 1);
            }
        }
        return keys.toString();
    }

    @Test
    void escReturnsToTheMenuFromAQuestionAndFromFeedback() {
        Harness h = new Harness(pack).type("p").press(key(KeyType.Escape));
        assertTrue(h.text().contains("4  Quit"), h.text());
        h.type("p").type("1").press(key(KeyType.Backspace));
        assertTrue(h.text().contains("Leave this run?"), "an answer would be lost: asks first\n" + h.text());
        h.type("y");
        assertTrue(h.text().contains("4  Quit"), h.text());
    }

    @Test
    void eachNewRunUsesTheNextSeed() {
        Harness h = new Harness(pack).type("p");
        String first = h.text();
        assertTrue(first.contains(PracticeDeck.deal(pack, Harness.SEED, Harness.COUNT).get(0).prompt().substring(0, 30)));
        h.press(key(KeyType.Escape)).type("p");
        Question second = PracticeDeck.deal(pack, Harness.SEED + 1, Harness.COUNT).get(0);
        assertTrue(h.text().contains(second.prompt().substring(0, 30)), h.text());
        assertNotEquals(first, h.text());
    }

    @Test
    void longFeedbackScrollsWithAnIndicatorAndNothingIsCut() {
        Found f = find(q -> q.explanation().sources().size() >= 3 && q.explanation().pitfall().isPresent()
                && q.cells().size() > 4);
        Harness h = at(f);
        answerRight(h, f.question());
        assertTrue(h.row(22).contains("more ↓"), h.text());
        String all = h.allText();
        assertTrue(h.row(22).contains("more ↑"), "at the end only 'more ↑':\n" + h.row(22));
        for (var source : f.question().explanation().sources()) {
            assertTrue(all.contains(source.document().title()), all);
        }
        assertFalse(all.contains("…\n"), "no line was cut:\n" + all);
        assertEquals(-1, all.indexOf('\u001b'));
    }
}
