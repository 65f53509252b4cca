package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Document;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** Issue 10 on screen: the feedback that answers the pick, Study's scrolling and facts, the summary's misses. */
class TeachingScreensTest {
    private final Pack pack = TestPacks.shipped();

    private static String text(List<Line> lines) {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    private Question selectAll() {
        Document doc = pack.documents().get(0);
        String longAnswer = "Customer data, configurations and settings, identities and users, and every endpoint "
                + "the organisation issues to its staff, whichever cloud model runs the workload";
        List<Choice> choices = List.of(new Choice(longAnswer, true, "always the customer's"),
                new Choice("Physical hosts", false, "Microsoft's in every cloud model"),
                new Choice("Accounts", true, "always the customer's"));
        return new Question("q", Kind.ALWAYS_RETAINED, "Which stay with the customer?", choices, true, List.of(),
                new Explanation("Control decides.", Optional.of("Do not confuse hosts with data."),
                        List.of(new Source(doc, doc.sections().get(0)), new Source(doc, doc.sections().get(0)))));
    }

    @Test
    void feedbackGivesTheAnswerInFullALineOnEachWrongOrMissedPickTheCreditAndCompactSources() {
        Question q = selectAll();
        Feedback partly = new Feedback(q, Set.of(0, 1), 0.33);
        String all = text(new FeedbackPage(pack, partly).lines(78, Harness.COLOUR));
        String flat = all.replaceAll("\n +", " ");
        assertTrue(flat.contains(q.choices().get(0).text()), "the right answer in full, wrapped:\n" + all);
        assertFalse(all.contains("…"), "nothing cut:\n" + all);
        for (String note : partly.pickNotes()) {
            assertTrue(flat.contains(note), note + "\n" + all);
        }
        assertTrue(flat.contains("Credit: " + partly.creditText()), all);
        assertTrue(all.contains("Pitfall: Do not confuse"), all);
        assertEquals(1, all.lines().filter(l -> l.startsWith("Source: ")).count(), "one line per document:\n" + all);
    }

    @Test
    void studyScrollsTheExplanationWithJAndKAndShowsTheFactsOnTab() {
        Pack withFacts = TestPacks.withTopics(TestPacks.shaped(4, 12, 3, ""));
        Harness h = new Harness(withFacts).type("s");
        assertTrue(h.text().contains("J K PgUp PgDn: scroll "), h.row(23));
        assertTrue(h.row(22).contains("more ↓"), h.text());
        h.type("J");
        assertTrue(h.row(22).contains("more ↑"), "J scrolled the explanation:\n" + h.text());
        h.type("K");
        assertFalse(h.row(22).contains("more ↑"), "K scrolled back:\n" + h.text());
        h.press(key(KeyType.Tab));
        assertTrue(h.text().contains("Always retained") && h.text().contains("• Your data is always yours."), h.text());
        assertTrue(h.text().contains("Source: Test document"), h.text());
        String facts = h.allText();
        assertTrue(facts.contains("Point number 29 of the long topic."), facts);
        h.type("f");
        assertTrue(h.text().contains("Matrix · row 1/12"), h.text());
    }

    @Test
    void theOwnerLineNeverRepeatsItself() {
        assertEquals("Microsoft", StudyView.ownerName(new Owner("m", "Microsoft", "M", "Microsoft")));
        assertEquals("Customer", StudyView.ownerName(new Owner("c", "Customer", "C", "the customer")));
        assertEquals("Shared (the customer and Microsoft together)",
                StudyView.ownerName(new Owner("s", "Shared", "S", "the customer and Microsoft together")));
    }

    @Test
    void questionMarkShowsTheKeysOnEveryScreenAndAnyKeyClosesThem() {
        Harness h = new Harness(pack);
        for (String open : List.of("", "s", "p")) {
            h.press(key(KeyType.Escape));
            if (h.text().contains("Leave this run?")) {
                h.type("y");
            }
            h.type(open).type("?");
            assertTrue(h.text().contains("│ Keys") && h.text().contains("Ctrl-L     repaint the screen"),
                    "after '" + open + "':\n" + h.text());
            h.press(key(KeyType.Enter));
            assertFalse(h.text().contains("│ Keys"), h.text());
            assertTrue(h.app.running());
        }
    }

    @Test
    void theSummaryListsMissesWholeOpensEachAndReplaysThem() {
        Pack shaped = TestPacks.shaped(3, 8, 3, "");
        List<Question> deck = PracticeDeck.deal(shaped, 5, 4);
        Harness h = new Harness(CompletableFuture.completedFuture(shaped), Harness.COLOUR, 5, 4).type("p");
        for (Question q : deck) { // every answer wrong
            int wrong = q.choices().get(0).correct() ? (q.choices().get(1).correct() && q.selectAll() ? 2 : 1) : 0;
            if (q.selectAll()) {
                for (int i = 0; i < q.choices().size(); i++) {
                    if (!q.choices().get(i).correct()) {
                        h.type(String.valueOf(i + 1));
                    }
                }
                h.press(key(KeyType.Enter));
            } else {
                h.type(String.valueOf(wrong + 1));
            }
            h.press(key(KeyType.Enter));
        }
        assertTrue(h.text().contains("Practice finished"), h.text());
        List<String> rows = h.allPages();
        for (var area : shaped.areas()) {
            boolean whole = rows.stream().anyMatch(r -> r.contains(area.name()));
            boolean part = rows.stream().anyMatch(r -> r.contains(area.name().split(" ")[0] + " " + area.name().split(" ")[1]));
            assertTrue(whole || !part, "area names never break across lines: " + area.name() + "\n" + rows);
        }
        h.press(key(KeyType.Home), key(KeyType.ArrowDown), key(KeyType.Enter));
        assertTrue(h.row(0).contains("Missed question 2/4"), h.text());
        assertTrue(h.text().contains("✗ WRONG") || h.text().contains("~ PARTLY"), h.text());
        h.press(key(KeyType.Escape));
        assertTrue(h.row(0).contains("Practice finished"), h.text());
        h.type("r");
        assertTrue(h.row(0).contains("Question 1/4") && h.row(0).contains("Misses again"), h.text());
        assertTrue(h.text().contains(deck.get(0).prompt().substring(0, 20)), h.text());
    }
}
