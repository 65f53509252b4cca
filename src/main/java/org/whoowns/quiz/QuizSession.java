package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run through a list of questions: the state both front ends drive. It knows nothing of screens or
 * streams; a front end asks for the current question, hands over the picks, and shows the feedback.
 */
public final class QuizSession {
    private final Pack pack;
    private final List<Question> questions;
    private final Grader grader;
    /** Why each question was picked ("due", "new", "missed last time"), or empty strings. */
    private final List<String> whys;
    private final List<Feedback> answered = new ArrayList<>();

    public QuizSession(Pack pack, List<Question> questions, Grader grader) {
        this(pack, questions, grader, questions.stream().map(q -> "").toList());
    }

    public QuizSession(Pack pack, List<Question> questions, Grader grader, List<String> whys) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one question");
        }
        if (whys.size() != questions.size()) {
            throw new IllegalArgumentException("one reason per question");
        }
        this.pack = pack;
        this.questions = List.copyOf(questions);
        this.grader = grader;
        this.whys = List.copyOf(whys);
    }

    /** Why the current question was picked, "" when the run was not dealt from progress. */
    public String why() {
        return whys.get(position());
    }

    public List<String> whys() {
        return whys;
    }

    public Pack pack() {
        return pack;
    }

    public boolean finished() {
        return answered.size() == questions.size();
    }

    public Question current() {
        if (finished()) {
            throw new IllegalStateException("the session is over");
        }
        return questions.get(answered.size());
    }

    /** 0-based index of the current question (equal to size() once finished). */
    public int position() {
        return answered.size();
    }

    public int size() {
        return questions.size();
    }

    public List<Question> questions() {
        return questions;
    }

    /** Grades the current question, records it and moves on. */
    public Feedback answer(Set<Integer> picks) {
        Question question = current();
        if (question.fill().isPresent()) {
            throw new IllegalArgumentException("a matrix-fill takes one owner per cell, not picks");
        }
        if (picks.isEmpty()) {
            throw new IllegalArgumentException("pick at least one choice");
        }
        if (!question.selectAll() && picks.size() != 1) {
            throw new IllegalArgumentException("this question takes exactly one choice");
        }
        return record(new Feedback(question, picks, grader.score(question, picks)));
    }

    /** Grades the current question, a matrix-fill, from one owner index per cell; records it and moves on. */
    public Feedback fill(List<Integer> owners) {
        return record(Feedback.filled(current(), owners));
    }

    private Feedback record(Feedback feedback) {
        answered.add(feedback);
        return feedback;
    }

    public List<Feedback> answers() {
        return List.copyOf(answered);
    }

    public double score() {
        return answered.stream().mapToDouble(Feedback::score).sum();
    }

    /**
     * A new session over the questions missed so far (anything short of full marks), in the order asked,
     * graded the same way: "practice these again".
     */
    public QuizSession replayMisses() {
        List<Question> missed = summary().missedQuestions();
        if (missed.isEmpty()) {
            throw new IllegalStateException("no missed question to replay");
        }
        return new QuizSession(pack, missed, grader);
    }

    public Summary summary() {
        Map<Area, Integer> areaMisses = new LinkedHashMap<>();
        Map<Model, Integer> modelMisses = new LinkedHashMap<>();
        pack.areas().forEach(a -> areaMisses.put(a, 0));
        pack.models().forEach(m -> modelMisses.put(m, 0));
        List<Feedback> misses = new ArrayList<>();
        for (Feedback f : answered) {
            if (f.right()) {
                continue;
            }
            misses.add(f);
            // the cells actually got wrong, not every tested cell: a missed ranking does not blame every area
            List<Cell> blamed = f.blamedCells();
            blamed.stream().map(Cell::area).distinct().forEach(a -> areaMisses.merge(a, 1, Integer::sum));
            blamed.stream().map(Cell::model).distinct().forEach(m -> modelMisses.merge(m, 1, Integer::sum));
        }
        areaMisses.values().removeIf(n -> n == 0);
        modelMisses.values().removeIf(n -> n == 0);
        return new Summary(score(), answered.size(), questions.size(), areaMisses, modelMisses, misses);
    }
}
