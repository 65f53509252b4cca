package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a session stands: the score over the questions asked, and the misses (anything short of full
 * marks) in the order asked, counted by the areas and models of the cells the learner got wrong
 * ({@link Feedback#blamedCells}), in pack order, only those with at least one miss.
 */
public record Summary(double score, int answered, int total, Map<Area, Integer> areaMisses,
                      Map<Model, Integer> modelMisses, List<Feedback> misses) {
    public Summary {
        misses = List.copyOf(misses);
    }

    /** The missed questions in the order asked, for replaying them. */
    public List<Question> missedQuestions() {
        return misses.stream().map(Feedback::question).toList();
    }

    /** "Network controls 2, Applications 1": the misses by area, in pack order; empty when there are none. */
    public String areaMissesText() {
        return tally(areaMisses, Area::name);
    }

    /** "PaaS 2, SaaS 1": the misses by model, in pack order; empty when there are none. */
    public String modelMissesText() {
        return tally(modelMisses, Model::name);
    }

    private static <K> String tally(Map<K, Integer> misses, Function<K, String> name) {
        return misses.entrySet().stream().map(e -> name.apply(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** "7/10", or "7.5/10" where partial credit left a fraction; what plain mode prints after "Score: ". */
    public String scoreText() {
        return format(score) + "/" + total;
    }

    public static String format(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.valueOf(rounded).replaceAll("0+$", "");
    }
}
