package org.whoowns.learn;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses an exam's questions: {@code count} of the candidates, balanced over areas, models and kinds, the
 * same for a seed on any machine. Greedy: each next question is the one whose areas, models and kind have
 * been asked least so far, ties going to a seeded shuffle of the candidates.
 */
public final class ExamPaper {
    /** Questions in an exam when none are asked for. */
    public static final int DEFAULT_COUNT = 20;

    private ExamPaper() {
    }

    /** The exam for a pack and seed: what `exam` asks and `export --mode exam` lists, in that order. */
    public static List<Question> of(Pack pack, long seed, int count) {
        return select(QuestionBank.generate(pack, seed), count, seed);
    }

    public static List<Question> select(List<Question> candidates, int count, long seed) {
        Map<String, Question> byId = new LinkedHashMap<>();
        candidates.forEach(q -> byId.putIfAbsent(q.id(), q));
        if (count < 1 || count > byId.size()) {
            throw new IllegalArgumentException("an exam of " + count + " questions cannot be drawn from " + byId.size()
                    + " different questions");
        }
        List<Question> pool = new ArrayList<>(byId.values());
        Collections.shuffle(pool, new Random(seed));
        // Each candidate's areas and models, worked out once: every slot weighs every candidate left.
        List<Set<String>> poolAreas = new ArrayList<>(pool.size());
        List<Set<String>> poolModels = new ArrayList<>(pool.size());
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> models = new HashMap<>();
        // Every area and model the candidates test starts at zero, so averages count the ones not yet asked.
        for (Question q : pool) {
            Set<String> itsAreas = areasOf(q);
            Set<String> itsModels = modelsOf(q);
            poolAreas.add(itsAreas);
            poolModels.add(itsModels);
            itsAreas.forEach(a -> areas.put(a, 0));
            itsModels.forEach(m -> models.put(m, 0));
        }
        Map<String, Integer> kinds = new HashMap<>();
        List<Question> paper = new ArrayList<>(count);
        while (paper.size() < count) {
            int best = 0;
            double bestCost = Double.MAX_VALUE;
            for (int i = 0; i < pool.size(); i++) {
                double cost = mean(poolAreas.get(i), areas) + mean(poolModels.get(i), models)
                        + kinds.getOrDefault(pool.get(i).kind().id(), 0);
                if (cost < bestCost) {
                    best = i;
                    bestCost = cost;
                }
            }
            Question chosen = pool.remove(best);
            paper.add(chosen);
            poolAreas.remove(best).forEach(a -> areas.merge(a, 1, Integer::sum));
            poolModels.remove(best).forEach(m -> models.merge(m, 1, Integer::sum));
            kinds.merge(chosen.kind().id(), 1, Integer::sum);
        }
        return List.copyOf(paper);
    }

    /**
     * How often what a question tests was asked already: the mean count of its {@code keys} (its areas, or its
     * models). A question testing no cell (a document fact) is neutral: it scores the overall mean, so it
     * neither jumps ahead of under-asked cells nor waits behind over-asked ones. Loops, not streams: this runs
     * for every candidate in every slot.
     */
    private static double mean(Set<String> keys, Map<String, Integer> counts) {
        long sum = 0;
        int n = 0;
        if (keys.isEmpty()) {
            for (int c : counts.values()) {
                sum += c;
                n++;
            }
        } else {
            for (String k : keys) {
                sum += counts.getOrDefault(k, 0);
                n++;
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    static Set<String> areasOf(Question q) {
        Set<String> areas = new HashSet<>();
        for (Cell cell : q.cells()) {
            areas.add(cell.area().id());
        }
        return areas;
    }

    static Set<String> modelsOf(Question q) {
        Set<String> models = new HashSet<>();
        for (Cell cell : q.cells()) {
            models.add(cell.model().id());
        }
        return models;
    }
}
