package org.whoowns.quiz;

import org.whoowns.pack.Cell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one answered question, and what the front ends say about it: a line for each wrong pick
 * and each missed right choice ({@link #pickNotes}), how partial credit was computed ({@link #creditText}),
 * and the cells the learner actually got wrong ({@link #blamedCells}).
 */
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

    /**
     * Why each wrong pick is wrong ("Your pick, Microsoft: under IaaS the operating system is the
     * customer's…") and, on select-all questions, why each missed right choice was right. Empty when the
     * answer was right.
     */
    public List<String> pickNotes() {
        List<String> lines = new ArrayList<>();
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (picked(i) && !c.correct()) {
                lines.add("Your pick \"" + c.text() + "\" is wrong" + (c.note().isEmpty() ? "." : ": " + c.note()));
            } else if (!picked(i) && c.correct() && question.selectAll()) {
                lines.add("You missed \"" + c.text() + "\"" + (c.note().isEmpty() ? "." : ": " + c.note()));
            }
        }
        return lines;
    }

    /**
     * How a select-all score came about, "2 of 3 right picks, 1 wrong pick: 0.33"; empty for single-answer
     * questions.
     */
    public String creditText() {
        if (!question.selectAll()) {
            return "";
        }
        int right = 0;
        int wrong = 0;
        for (int pick : picks) {
            if (question.choices().get(pick).correct()) {
                right++;
            } else {
                wrong++;
            }
        }
        int total = question.answer().size();
        return right + " of " + total + " right " + (total == 1 ? "pick" : "picks") + ", " + wrong + " wrong "
                + (wrong == 1 ? "pick" : "picks") + ": " + Summary.format(score);
    }

    /**
     * The cells the learner got wrong: those of the wrong picks and, on select-all questions, of the missed
     * right choices (on a single-answer question the missed answer is the same mistake as the wrong pick, and
     * a ranking's answer names a whole column). Every tested cell where the choices name none. Empty when
     * the answer was right.
     */
    public List<Cell> blamedCells() {
        if (right()) {
            return List.of();
        }
        Set<Cell> blamed = new LinkedHashSet<>();
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (picked(i) && !c.correct() || question.selectAll() && !picked(i) && c.correct()) {
                blamed.addAll(c.cells());
            }
        }
        return blamed.isEmpty() ? question.cells() : List.copyOf(blamed);
    }
}
