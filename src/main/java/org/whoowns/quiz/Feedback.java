package org.whoowns.quiz;

import java.util.Set;

/** The outcome of one answered question. */
public record Feedback(Question question, Set<Integer> picks, double score) {
    public Feedback {
        picks = Set.copyOf(picks);
    }

    public boolean right() {
        return score >= 1.0;
    }

    public boolean partlyRight() {
        return score > 0 && score < 1.0;
    }

    public boolean picked(int choice) {
        return picks.contains(choice);
    }
}
