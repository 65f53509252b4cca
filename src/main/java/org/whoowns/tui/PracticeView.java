package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Recorder;
import org.whoowns.quiz.Summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A practice run: asks the session's questions one by one and shows feedback after each answer. Keys that
 * arrive before a new question has been drawn are dropped, so an Enter typed ahead cannot answer it unseen;
 * leaving a run with unsaved answers in it asks first. Each answer goes to the {@link Recorder} with the
 * time since its question was first drawn; a matrix-fill is answered in a {@link FillForm}.
 */
final class PracticeView implements View {
    private final Nav nav;
    private final Pack pack;
    private final QuizSession session;
    private final OptionalLong seed;
    private final int count;
    private final Recorder recorder;
    private final Clock clock;
    private final String tag;
    private QuestionForm form;
    /** The current question's form when it is a matrix-fill, else null. */
    private FillForm fill;
    private FeedbackPage feedback;
    private Instant shown;
    private final Scroller feedbackScroll = new Scroller();
    /** The current question has not been drawn yet. */
    private boolean unseen = true;

    /** {@code seed} and {@code count} dealt the run (so it can be repeated); no seed for a replay of misses. */
    PracticeView(Nav nav, Pack pack, QuizSession session, OptionalLong seed, int count) {
        this(nav, pack, session, seed, count, Recorder.NONE, Clock.systemUTC(), "Misses again");
    }

    /** {@code tag} names the run in the header where there is no seed to show ("My misses"). */
    PracticeView(Nav nav, Pack pack, QuizSession session, OptionalLong seed, int count, Recorder recorder, Clock clock,
                 String tag) {
        this.nav = nav;
        this.pack = pack;
        this.session = session;
        this.seed = seed;
        this.count = count;
        this.recorder = recorder;
        this.clock = clock;
        this.tag = tag;
        forms();
    }

    private void forms() {
        form = new QuestionForm(session.current());
        fill = session.current().fill().isPresent() ? new FillForm(session.current()) : null;
    }

    @Override
    public void draw(Canvas canvas) {
        boolean asking = feedback == null;
        int number = asking ? session.position() + 1 : session.position();
        canvas.header(pack.title(), "Question " + number + "/" + session.size()
                + "   Score " + Summary.format(session.score()) + "/" + session.position()
                + seed.stream().mapToObj(s -> "   Seed " + s).findFirst().orElse("   " + tag));
        int bottom = canvas.height() - 2;
        if (asking) {
            String notice = fill != null ? fill.notice() : form.notice();
            if (fill != null) {
                fill.draw(canvas, 2, bottom - 2);
            } else {
                form.draw(canvas, 2, bottom - 2);
            }
            String why = session.why().isEmpty() ? repeatHint() : "Picked: " + session.why();
            canvas.rule(bottom, notice.isEmpty() ? why : notice, fill != null ? fill.indicator() : form.indicator());
            canvas.footer(fill != null ? fill.footer() : form.footer());
            if (unseen) {
                shown = clock.instant();
            }
            unseen = false;
        } else {
            feedbackScroll.draw(canvas, 1, bottom - 1, feedback.lines(canvas.bodyWidth(), canvas.palette()));
            canvas.rule(bottom, "", feedbackScroll.indicator());
            canvas.footer("Enter: " + (session.finished() ? "summary" : "next question")
                    + "   ↑↓ PgUp PgDn: scroll   Esc: menu   ?: keys");
        }
    }

    @Override
    public void handle(KeyStroke key) {
        if (fill != null && feedback == null && Keys.is(key, KeyType.Backspace)) {
            fill.handle(key); // in a matrix-fill, Backspace clears a cell
        } else if (Keys.isBack(key)) {
            String lost = unsaved();
            if (lost.isEmpty()) {
                nav.menu();
            } else {
                nav.confirm("Leave this run? " + lost + " will be lost.", nav::menu);
            }
        } else if (feedback == null) {
            if (unseen) {
                return; // typed before the question was on screen: not an answer to it
            }
            Feedback graded = null;
            if (fill != null) {
                Optional<List<Integer>> filled = fill.handle(key);
                if (filled.isPresent()) {
                    graded = session.fill(filled.get());
                }
            } else {
                Optional<Set<Integer>> picks = form.handle(key);
                if (picks.isPresent()) {
                    graded = session.answer(picks.get());
                }
            }
            if (graded != null) {
                recorder.answered(session, Math.max(0, Duration.between(shown, clock.instant()).toMillis()));
                feedback = new FeedbackPage(pack, graded);
                feedbackScroll.reset();
            }
        } else if (Keys.is(key, KeyType.Enter) || Keys.is(key, ' ')) {
            if (session.finished()) {
                nav.summary(session.summary());
            } else {
                feedback = null;
                forms();
                unseen = true;
            }
        } else {
            feedbackScroll.handle(key);
        }
    }

    @Override
    public List<String> help() {
        return List.of(
                "1-9 or a-h  answer (select all: tick; Enter submits)",
                "↑↓ Tab      move between choices      Space  tick (select all)",
                "Enter       answer the choice at >, or submit; after feedback: next",
                "PgUp PgDn   scroll the question or the feedback   Home End",
                "Esc or ⌫    back to the menu (asks when answers would be lost)");
    }

    @Override
    public String unsaved() {
        int answered = session.position();
        // Saved answers are not lost: the run can be resumed from the menu.
        return answered == 0 || recorder != Recorder.NONE ? "" : "Your run (" + answered + " of " + session.size() + " answered)";
    }

    /** On the first question of a seeded run: the command that deals the same run again. */
    private String repeatHint() {
        return session.position() == 0 && seed.isPresent()
                ? "Repeat this run: whoowns practice --seed " + seed.getAsLong() + " --count " + count : "";
    }
}
