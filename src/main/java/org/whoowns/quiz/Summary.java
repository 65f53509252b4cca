package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;

import java.util.List;
import java.util.Map;

/**
 * Where a session stands: the score over the questions asked, and the misses (anything short of full
 * marks) counted by area and by model, in pack order, only those with at least one miss.
 */
public record Summary(double score, int answered, int total, Map<Area, Integer> areaMisses,
                      Map<Model, Integer> modelMisses, List<Feedback> misses) {
    public Summary {
        misses = List.copyOf(misses);
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
