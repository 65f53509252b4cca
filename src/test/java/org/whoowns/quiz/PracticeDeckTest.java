package org.whoowns.quiz;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeDeckTest {

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void tenDistinctQuestionsOfMixedKinds(String name) {
        Pack pack = TestPacks.named(name);
        for (long seed = 1; seed <= 50; seed++) {
            List<Question> deck = PracticeDeck.deal(pack, seed, PracticeDeck.DEFAULT_COUNT);
            assertEquals(10, deck.size());
            assertEquals(10, deck.stream().map(Question::id).distinct().count());
            Set<Kind> kinds = deck.stream().map(Question::kind).collect(Collectors.toSet());
            assertTrue(kinds.size() >= 5, () -> "only " + kinds);
            // the deck deals the bank's own questions, unchanged
            assertTrue(QuestionBank.generate(pack, seed).containsAll(deck));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void theSameSeedDealsTheSameDeck(String name) {
        Pack pack = TestPacks.named(name);
        assertEquals(PracticeDeck.deal(pack, 77, 10), PracticeDeck.deal(pack, 77, 10));
        assertEquals(PracticeDeck.deal(pack, 77, 25), PracticeDeck.deal(TestPacks.named(name), 77, 25));
        Set<List<String>> decks = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            decks.add(PracticeDeck.deal(pack, seed, 10).stream().map(Question::id).toList());
        }
        assertTrue(decks.size() > 15, "seeds deal different decks");
        // the order of the kinds is seeded too, not always the generators' order
        Set<Kind> openers = new HashSet<>();
        for (long seed = 1; seed <= 50; seed++) {
            openers.add(PracticeDeck.deal(pack, seed, 1).get(0).kind());
        }
        assertTrue(openers.size() >= 5, openers::toString);
        assertNotEquals(PracticeDeck.deal(pack, 1, 10), PracticeDeck.deal(pack, 2, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void askingForMoreThanTheBankDealsTheWholeBankOnce(String name) {
        Pack pack = TestPacks.named(name);
        List<Question> bank = QuestionBank.generate(pack, 3);
        for (int count : new int[] {bank.size(), bank.size() + 1, 100_000}) {
            List<Question> deck = PracticeDeck.deal(pack, 3, count);
            assertEquals(bank.size(), deck.size());
            assertEquals(Set.copyOf(bank), Set.copyOf(deck));
        }
        assertEquals(List.of(), PracticeDeck.deal(pack, 3, 0));
        assertEquals(1, PracticeDeck.deal(pack, 3, 1).size());
    }
}
