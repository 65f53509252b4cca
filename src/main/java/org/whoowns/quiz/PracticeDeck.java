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

    /** {@code count} questions for {@code seed} (fewer when the bank has fewer), dealt as said above. */
    public static List<Question> deal(Pack pack, long seed, int count) {
        return deal(pack, QuestionBank.generate(pack, seed), seed, count);
    }

    /** The same deal from {@code bank}, which must be {@link QuestionBank#generate}'s for this pack and seed. */
    public static List<Question> deal(Pack pack, List<Question> bank, long seed, int count) {
        // Random's first draws for nearby seeds are nearly equal: scramble the seed, or seeds 1..50 open alike
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        Table table = new Table(pack, bank);
        Map<String, Integer> answers = new HashMap<>();
        Set<Kind> kindsDealt = new HashSet<>();
        List<Question> dealt = new ArrayList<>();
        while (dealt.size() < count && table.left > 0) {
            List<int[]> eligible = new ArrayList<>();
            List<double[]> weights = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            for (int k = 0; k < table.kinds.size(); k++) {
                int[] fresh = table.fresh(k);
                if (fresh.length > 0) {
                    double[] w = new double[fresh.length];
                    for (int i = 0; i < fresh.length; i++) {
                        w[i] = weight(table.facts[fresh[i]], answers);
                    }
                    eligible.add(fresh);
                    weights.add(w);
                    kinds.add(table.kinds.get(k));
                }
            }
            if (kinds.isEmpty()) {
                // no fresh cell is left: a run longer than the matrix allows starts a second lap over the cells
                table.newLap();
                continue;
            }
            double[] kindWeights = new double[kinds.size()];
            for (int k = 0; k < kindWeights.length; k++) {
                kindWeights[k] = Math.min(KIND_CAP, Arrays.stream(weights.get(k)).sum())
                        * (kindsDealt.contains(kinds.get(k)) ? REPEATED_KIND : 1.0);
            }
            int k = draw(random, kindWeights);
            int q = eligible.get(k)[draw(random, weights.get(k))];
            dealt.add(table.questions.get(q));
            table.deal(q);
            kindsDealt.add(kinds.get(k));
            String key = table.facts[q].answerKey();
            if (key != null) {
                answers.merge(key, 1, Integer::sum);
            }
        }
        return dealt;
    }

    /** A question's primary cells, whether it is about the reference column only, and its answer key. */
    private record Facts(Set<Cell> primary, boolean reference, String answerKey) {
    }

    /**
     * The bank laid out for dealing: its kinds in order of first appearance, each with its questions in bank
     * order, and for each question whether it is dealt and how many of its primary cells are asked in this
     * lap. Worked out once, and kept up to date cell by cell: dealing the whole bank (a learner's deal) runs
     * a slot per question over every question left.
     */
    private static final class Table {
        final List<Question> questions;
        final Facts[] facts;
        final List<Kind> kinds = new ArrayList<>();
        final List<int[]> members = new ArrayList<>();
        final boolean[] dealt;
        final int[] blocked;
        final Map<Cell, List<Integer>> byCell = new HashMap<>();
        final Set<Cell> asked = new HashSet<>();
        int left;

        Table(Pack pack, List<Question> bank) {
            questions = bank;
            facts = new Facts[bank.size()];
            dealt = new boolean[bank.size()];
            blocked = new int[bank.size()];
            left = bank.size();
            Map<Kind, List<Integer>> piles = new LinkedHashMap<>();
            for (int i = 0; i < bank.size(); i++) {
                Question q = bank.get(i);
                facts[i] = new Facts(Set.copyOf(q.primaryCells()), reference(pack, q), answerKey(q));
                piles.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(i);
                for (Cell c : facts[i].primary()) {
                    byCell.computeIfAbsent(c, c2 -> new ArrayList<>()).add(i);
                }
            }
            piles.forEach((kind, pile) -> {
                kinds.add(kind);
                members.add(pile.stream().mapToInt(Integer::intValue).toArray());
            });
        }

        /** Kind {@code k}'s questions not dealt and meeting no cell asked in this lap, in bank order. */
        int[] fresh(int k) {
            int[] pile = members.get(k);
            int[] fresh = new int[pile.length];
            int n = 0;
            for (int q : pile) {
                if (!dealt[q] && blocked[q] == 0) {
                    fresh[n++] = q;
                }
            }
            return Arrays.copyOf(fresh, n);
        }

        void deal(int q) {
            dealt[q] = true;
            left--;
            for (Cell c : facts[q].primary()) {
                if (asked.add(c)) {
                    for (int other : byCell.get(c)) {
                        blocked[other]++;
                    }
                }
            }
        }

        void newLap() {
            asked.clear();
            Arrays.fill(blocked, 0);
        }
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
