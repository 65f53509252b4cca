package org.whoowns.learn;

import org.whoowns.quiz.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A submitted exam: per question the picks (empty if unanswered), credit and flag; the score against the
 * pass mark (percent); per-area and per-model tallies keyed by id; and whether time ran out.
 */
public record ExamResult(List<Question> paper, List<Set<Integer>> picks, List<Double> credits, List<Boolean> flags,
                         double passMark, Map<String, Tally> byArea, Map<String, Tally> byModel,
                         Instant started, Instant completed, boolean timeUp) {
    public ExamResult {
        paper = List.copyOf(paper);
        picks = picks.stream().map(Set::copyOf).toList();
        credits = List.copyOf(credits);
        flags = List.copyOf(flags);
        byArea = Map.copyOf(byArea);
        byModel = Map.copyOf(byModel);
    }

    public double raw() {
        return credits.stream().mapToDouble(Double::doubleValue).sum();
    }

    public int max() {
        return paper.size();
    }

    public double percent() {
        return raw() * 100 / max();
    }

    public boolean passed() {
        // A tolerance, so 16 of 20 is 80 % and passes an 80 % mark despite binary fractions.
        return percent() >= passMark - 1e-9;
    }

    public Duration duration() {
        return Duration.between(started, completed);
    }

    /** Indexes of the questions not fully right, for the review after the exam. */
    public List<Integer> missed() {
        return IntStream.range(0, paper.size()).filter(i -> credits.get(i) < 1).boxed().toList();
    }
}
