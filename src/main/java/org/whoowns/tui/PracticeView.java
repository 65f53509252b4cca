package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Summary;

import java.util.Optional;
import java.util.Set;

/** A practice run: asks the session's questions one by one and shows feedback after each answer. */
final class PracticeView implements View {
    private final Nav nav;
    private final Pack pack;
    private final QuizSession session;
    private QuestionForm form;
    private FeedbackPage feedback;
    private final Scroller feedbackScroll = new Scroller();

    PracticeView(Nav nav, Pack pack, QuizSession session) {
        this.nav = nav;
        this.pack = pack;
        this.session = session;
        this.form = new QuestionForm(session.current());
    }

    @Override
    public void draw(Canvas canvas) {
        boolean asking = feedback == null;
        int number = asking ? session.position() + 1 : session.position();
        canvas.header(pack.title(), "Question " + number + "/" + session.size()
                + "   Score " + Summary.format(session.score()) + "/" + session.position());
        int bottom = canvas.height() - 2;
        if (asking) {
            form.draw(canvas, 2, bottom - 2);
            canvas.rule(bottom, form.notice(), form.indicator());
            canvas.footer(form.footer());
        } else {
            canvas.put(Canvas.MARGIN, 1, feedback.verdict(canvas.palette()), canvas.bodyWidth());
            feedbackScroll.draw(canvas, 2, bottom - 2, feedback.lines(canvas.bodyWidth(), canvas.palette()));
            canvas.rule(bottom, "", feedbackScroll.indicator());
            canvas.footer("Enter: " + (session.finished() ? "summary" : "next question")
                    + "   ↑↓ PgUp PgDn: scroll   Esc: menu   q: quit");
        }
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key)) {
            nav.menu();
        } else if (feedback == null) {
            Optional<Set<Integer>> picks = form.handle(key);
            if (picks.isPresent()) {
                Feedback graded = session.answer(picks.get());
                feedback = new FeedbackPage(pack, graded);
                feedbackScroll.reset();
            }
        } else if (Keys.is(key, KeyType.Enter) || Keys.is(key, ' ')) {
            if (session.finished()) {
                nav.summary(session.summary());
            } else {
                feedback = null;
                form = new QuestionForm(session.current());
            }
        } else {
            feedbackScroll.handle(key);
        }
    }
}
