package org.whoowns.quiz;

import org.whoowns.pack.Cell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The outcome of one answered question, and what the front ends say about it: a line for each wrong pick
 * and each missed right choice ({@link #pickNotes}), how partial credit was computed ({@link #creditText}),
 * and the cells the learner actually got wrong ({@link #blamedCells}).
 */
public record Feedback(Question question, Set<Integer> picks, double score, List<Integer> filled) {
    public Feedback {
        picks = Set.copyOf(picks);
        filled = List.copyOf(filled);
    }

    public Feedback(Question question, Set<Integer> picks, double score) {
        this(question, picks, score, List.of());
    }

    /** A matrix-fill answered with {@code filled} (an owner index per cell), scored per cell. */
    public static Feedback filled(Question question, List<Integer> filled) {
        Fill fill = question.fill().orElseThrow(() -> new IllegalArgumentException(question.id() + " is no matrix-fill"));
        return new Feedback(question, Set.of(), fill.score(filled), filled);
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
        if (question.fill().isPresent()) {
            return fillNotes(question.fill().get());
        }
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
        if (question.fill().isPresent()) {
            long right = question.fill().get().marks(filled).stream().filter(b -> b).count();
            return right + " of " + filled.size() + " cells right: " + Summary.format(score);
        }
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
        if (question.fill().isPresent()) {
            List<Boolean> marks = question.fill().get().marks(filled);
            List<Cell> cells = question.fill().get().cells();
            return IntStream.range(0, cells.size()).filter(i -> !marks.get(i)).mapToObj(cells::get).toList();
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

    /** "Client devices under SaaS: you typed C (Customer). Under SaaS, …": a line per wrong cell. */
    private List<String> fillNotes(Fill fill) {
        List<String> lines = new ArrayList<>();
        List<Boolean> marks = fill.marks(filled);
        for (int i = 0; i < marks.size(); i++) {
            if (!marks.get(i)) {
                Cell cell = fill.cells().get(i);
                var typed = fill.owners().get(filled.get(i));
                lines.add(cell.area().name() + " " + cell.model().where() + ": you typed " + typed.key() + " ("
                        + typed.name() + "). " + fill.notes().get(i));
            }
        }
        return lines;
    }
}
