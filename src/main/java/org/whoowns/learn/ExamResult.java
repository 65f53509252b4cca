package org.whoowns.learn;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /** "PASSED, 17/20 (85 %), pass mark 80 %": the percent rounded down, so it never shows a pass mark not reached. */
    public String verdict() {
        return (passed() ? "PASSED" : "FAILED") + ", " + number(raw()) + "/" + max()
                + String.format(Locale.ROOT, " (%.0f %%), pass mark %s %%", Math.floor(percent()), number(passMark));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The per-area tallies in the pack's order, leaving out areas the exam did not test. */
    public List<Tally> areasInOrder(Pack pack) {
        return pack.areas().stream().map(Area::id).map(byArea::get).filter(Objects::nonNull).toList();
    }

    /** The per-model tallies in the pack's order, leaving out models the exam did not test. */
    public List<Tally> modelsInOrder(Pack pack) {
        return pack.models().stream().map(Model::id).map(byModel::get).filter(Objects::nonNull).toList();
    }
}
