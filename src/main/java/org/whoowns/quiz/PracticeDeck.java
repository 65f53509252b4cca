package org.whoowns.quiz;

import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The questions a practice run asks for a seed: drawn round-robin over the kinds (in a seeded order), so
 * ten questions mix owner-of-cell, true-false, select-all and scenarios instead of ten of one kind.
 */
public final class PracticeDeck {
    public static final int DEFAULT_COUNT = 10;

    private PracticeDeck() {
    }

    public static List<Question> deal(Pack pack, long seed, int count) {
        Random random = new Random(seed);
        Map<Kind, List<Question>> byKind = new LinkedHashMap<>();
        for (Question q : QuestionBank.generate(pack, seed)) {
            byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q);
        }
        List<List<Question>> piles = new ArrayList<>();
        for (List<Question> pile : byKind.values()) {
            piles.add(new ArrayList<>(Draw.shuffled(pile, random)));
        }
        piles = Draw.shuffled(piles, random);
        List<Question> dealt = new ArrayList<>();
        while (dealt.size() < count && !piles.isEmpty()) {
            for (var it = piles.iterator(); it.hasNext() && dealt.size() < count; ) {
                List<Question> pile = it.next();
                dealt.add(pile.remove(pile.size() - 1));
                if (pile.isEmpty()) {
                    it.remove();
                }
            }
        }
        return dealt;
    }
}
