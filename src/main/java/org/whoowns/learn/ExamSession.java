package org.whoowns.learn;

import org.whoowns.pack.Cell;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An exam in progress: answer, flag, move back and forth, submit; no feedback before the end. With a time
 * limit, every call first checks the injected clock: once time is up the exam is submitted as it stood at
 * the deadline and later answers are refused. Front ends call {@link #tick()} to notice that unprompted.
 */
public final class ExamSession {
    private final List<Question> paper;
    private final Clock clock;
    private final Optional<Duration> limit;
    private final Grader grader;
    private final double passMark;
    private final Instant started;
    private final List<Set<Integer>> picks = new ArrayList<>();
    private final List<Boolean> flags = new ArrayList<>();
    private int position;
    private ExamResult result;

    public ExamSession(List<Question> paper, Clock clock, Optional<Duration> limit, Grader grader, double passMark) {
        if (paper.isEmpty()) {
            throw new IllegalArgumentException("an exam needs at least one question");
        }
        if (!(passMark > 0 && passMark <= 100)) {
            throw new IllegalArgumentException("the pass mark must be above 0 and at most 100 %, is " + passMark);
        }
        limit.ifPresent(l -> {
            if (l.isNegative() || l.isZero()) {
                throw new IllegalArgumentException("a time limit must be positive, is " + l);
            }
        });
        this.paper = List.copyOf(paper);
        this.clock = clock;
        this.limit = limit;
        this.grader = grader;
        this.passMark = passMark;
        this.started = clock.instant();
        for (int i = 0; i < paper.size(); i++) {
            picks.add(Set.of());
            flags.add(false);
        }
    }

    public List<Question> paper() {
        return paper;
    }

    public int position() {
        return position;
    }

    public Question question() {
        return paper.get(position);
    }

    public Set<Integer> picks(int index) {
        return picks.get(index);
    }

    public boolean flagged(int index) {
        return flags.get(index);
    }

    /** Questions flagged for another look, for the list shown before submitting. */
    public List<Integer> flaggedList() {
        return indexes(true);
    }

    public List<Integer> unanswered() {
        return indexes(false);
    }

    private List<Integer> indexes(boolean flaggedOnes) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < paper.size(); i++) {
            if (flaggedOnes ? flags.get(i) : picks.get(i).isEmpty()) {
                found.add(i);
            }
        }
        return found;
    }

    /** "4:05", "1:02:03": time left rounded up to the second, so 0:00 shows only once time is up. */
    public static String countdown(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Time left, if the exam is timed; never negative. */
    public Optional<Duration> remaining() {
        return limit.map(l -> {
            Duration left = Duration.between(clock.instant(), started.plus(l));
            return left.isNegative() ? Duration.ZERO : left;
        });
    }

    /** The result once submitted (by the learner or the clock). */
    public Optional<ExamResult> tick() {
        expireIfDue();
        return Optional.ofNullable(result);
    }

    /** Records the picks for the current question; false if the exam is already over. */
    public boolean answer(Set<Integer> chosen) {
        if (expireIfDue()) {
            return false;
        }
        for (int pick : chosen) {
            if (pick < 0 || pick >= question().choices().size()) {
                throw new IllegalArgumentException("no choice " + pick + " in question " + (position + 1));
            }
        }
        picks.set(position, Set.copyOf(chosen));
        return true;
    }

    public boolean toggleFlag() {
        if (expireIfDue()) {
            return false;
        }
        flags.set(position, !flags.get(position));
        return true;
    }

    /** Moves to question {@code index} (0-based); false if the exam is over or there is no such question. */
    public boolean go(int index) {
        if (expireIfDue() || index < 0 || index >= paper.size()) {
            return false;
        }
        position = index;
        return true;
    }

    public boolean next() {
        return go(position + 1);
    }

    public boolean back() {
        return go(position - 1);
    }

    /** Ends the exam now (or returns the result it already has). */
    public ExamResult submit() {
        if (!expireIfDue()) {
            result = grade(clock.instant(), false);
        }
        return result;
    }

    private boolean expireIfDue() {
        if (result != null) {
            return true;
        }
        if (limit.isPresent() && !clock.instant().isBefore(started.plus(limit.get()))) {
            result = grade(started.plus(limit.get()), true);
            return true;
        }
        return false;
    }

    private ExamResult grade(Instant completed, boolean timeUp) {
        List<Double> credits = new ArrayList<>();
        Map<String, Tally> byArea = new HashMap<>();
        Map<String, Tally> byModel = new HashMap<>();
        for (int i = 0; i < paper.size(); i++) {
            Question q = paper.get(i);
            double credit = picks.get(i).isEmpty() ? 0 : grader.score(q, picks.get(i));
            credits.add(credit);
            Set<String> areas = new HashSet<>();
            Set<String> models = new HashSet<>();
            for (Cell cell : q.cells()) {
                if (areas.add(cell.area().id())) {
                    byArea.merge(cell.area().id(), new Tally(cell.area().name(), credit, 1), ExamSession::sum);
                }
                if (models.add(cell.model().id())) {
                    byModel.merge(cell.model().id(), new Tally(cell.model().name(), credit, 1), ExamSession::sum);
                }
            }
        }
        return new ExamResult(paper, picks, credits, flags, passMark, byArea, byModel, started, completed, timeUp);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.name(), a.raw() + b.raw(), a.max() + b.max());
    }
}
