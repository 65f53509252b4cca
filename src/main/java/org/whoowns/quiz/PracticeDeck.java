package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The questions a practice run asks for a seed. Each slot draws a kind, then a question of it:
 * <ul>
 * <li>a kind's weight is its number of questions up to {@link #KIND_CAP}, and a kind already in the run
 * weighs far less, so a run mixes kinds and a kind with two questions is not in every run;</li>
 * <li>a question whose {@link Question#primaryCells} meet an earlier question's is not asked, so a run
 * asks a cell once (a run too long for that starts a second lap over the cells);</li>
 * <li>a question whose answer (an owner, or True/False) was already an answer in the run weighs a fifth
 * for each time, so one fixed guess does not pay;</li>
 * <li>a question about the reference column (a non-cloud model, or a column with one owner throughout)
 * weighs a quarter of the others: it teaches little.</li>
 * </ul>
 */
public final class PracticeDeck {
    public static final int DEFAULT_COUNT = 10;
    private static final int KIND_CAP = 12;
    private static final double REPEATED_KIND = 0.3;
    private static final double REFERENCE = 0.25;
    private static final double REPEATED_ANSWER = 0.2;

    private PracticeDeck() {
    }

    public static List<Question> deal(Pack pack, long seed, int count) {
        // Random's first draws for nearby seeds are nearly equal: scramble the seed, or seeds 1..50 open alike
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        Map<Kind, List<Question>> piles = new LinkedHashMap<>();
        // What each slot asks of a question, worked out once: dealing the whole bank (a learner's deal) runs a
        // slot per question over every question left, and recomputing these made it take ~90 ms.
        Map<Question, Facts> facts = new IdentityHashMap<>();
        for (Question q : QuestionBank.generate(pack, seed)) {
            piles.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q);
            facts.put(q, new Facts(Set.copyOf(q.primaryCells()), reference(pack, q), answerKey(q)));
        }
        Set<Cell> asked = new HashSet<>();
        Map<String, Integer> answers = new HashMap<>();
        Map<Kind, Integer> kindsDealt = new HashMap<>();
        List<Question> dealt = new ArrayList<>();
        while (dealt.size() < count && !piles.isEmpty()) {
            Map<Kind, List<Question>> eligible = eligible(piles, asked, facts);
            if (eligible.isEmpty()) {
                // no fresh cell is left: a run longer than the matrix allows starts a second lap over the cells
                asked.clear();
                continue;
            }
            List<Kind> kinds = List.copyOf(eligible.keySet());
            Map<Kind, double[]> weights = new HashMap<>();
            eligible.forEach((k, qs) -> weights.put(k, qs.stream().mapToDouble(c -> weight(facts.get(c), answers)).toArray()));
            Kind kind = kinds.get(draw(random, kinds.stream().mapToDouble(k -> Math.min(KIND_CAP,
                    Arrays.stream(weights.get(k)).sum()) * (kindsDealt.containsKey(k) ? REPEATED_KIND : 1.0)).toArray()));
            Question q = eligible.get(kind).get(draw(random, weights.get(kind)));
            dealt.add(q);
            asked.addAll(facts.get(q).primary());
            kindsDealt.merge(kind, 1, Integer::sum);
            String key = facts.get(q).answerKey();
            if (key != null) {
                answers.merge(key, 1, Integer::sum);
            }
            List<Question> pile = piles.get(kind);
            pile.remove(q);
            if (pile.isEmpty()) {
                piles.remove(kind);
            }
        }
        return dealt;
    }

    /** A question's primary cells, whether it is about the reference column only, and its answer key. */
    private record Facts(Set<Cell> primary, boolean reference, String answerKey) {
    }

    private static Map<Kind, List<Question>> eligible(Map<Kind, List<Question>> piles, Set<Cell> asked,
                                                      Map<Question, Facts> facts) {
        Map<Kind, List<Question>> eligible = new LinkedHashMap<>();
        piles.forEach((kind, pile) -> {
            List<Question> fresh = pile.stream().filter(q -> facts.get(q).primary().stream().noneMatch(asked::contains))
                    .toList();
            if (!fresh.isEmpty()) {
                eligible.put(kind, fresh);
            }
        });
        return eligible;
    }

    /**
     * A question's weight in its kind: a quarter for the reference column, and a fifth for each time its
     * answer (an owner, or True/False) was already the answer in this run.
     */
    private static double weight(Facts q, Map<String, Integer> answers) {
        String key = q.answerKey();
        return (q.reference() ? REFERENCE : 1.0) * Math.pow(REPEATED_ANSWER, key == null ? 0 : answers.getOrDefault(key, 0));
    }

    /** "owner:Customer", "tf:True", or null for a question whose answer is neither an owner nor True/False. */
    static String answerKey(Question q) {
        String answer = q.choices().get(q.answer().get(0)).text();
        return switch (q.kind()) {
            case OWNER_OF_CELL, SCENARIO, TASK_OWNER -> "owner:" + answer;
            case TRUE_FALSE -> "tf:" + answer;
            default -> null;
        };
    }

    /** A question about the reference column only: a non-cloud model, or a column with one owner throughout. */
    static boolean reference(Pack pack, Question q) {
        return !q.cells().isEmpty() && q.cells().stream().allMatch(c -> reference(pack, c.model()));
    }

    private static boolean reference(Pack pack, Model model) {
        return !model.cloud() || pack.areas().stream().map(a -> pack.owner(a, model)).distinct().count() == 1;
    }

    /** An index drawn in proportion to the weights. */
    private static int draw(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
