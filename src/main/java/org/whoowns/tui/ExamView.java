package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.learn.ExamResult;
import org.whoowns.learn.ExamSession;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exam in the TUI: one question at a time with no feedback, ← → to move, m to flag, l for the list of all
 * questions (answered, flagged; Enter goes to one), s to submit after a y/n that names what is unanswered.
 * A timed exam shows its countdown in the header; when time is up the exam is submitted as it stood.
 */
final class ExamView implements View {
    private final Nav nav;
    private final Pack pack;
    private final ExamSession session;
    private final Scroller listScroll = new Scroller();
    private QuestionForm form;
    /** The list of all questions is open, its cursor on this question. */
    private boolean listing;
    private int listCursor;
    private String notice = "";
    /** The current question has not been drawn yet: keys typed ahead are not answers to it. */
    private boolean unseen = true;
    private boolean over;

    ExamView(Nav nav, Pack pack, ExamSession session) {
        this.nav = nav;
        this.pack = pack;
        this.session = session;
        this.form = new QuestionForm(session.question());
    }

    @Override
    public void draw(Canvas canvas) {
        int answered = session.paper().size() - session.unanswered().size();
        // The time first: a narrow header cuts from the right, and the countdown matters most.
        canvas.header(pack.title(), session.remaining().map(left -> "Time " + ExamSession.countdown(left) + "  ").orElse("")
                + "Exam " + (listing ? "list" : (session.position() + 1) + "/" + session.paper().size())
                + "  Answered " + answered + "  Flagged " + session.flaggedList().size());
        int bottom = canvas.height() - 2;
        if (listing) {
            listScroll.draw(canvas, 2, bottom - 2, listLines(canvas.palette()));
            canvas.rule(bottom, notice, listScroll.indicator());
            canvas.footer("↑↓: pick   Enter: go to it   s: submit   Esc: back to the question   ?: keys");
            return;
        }
        form.draw(canvas, 2, bottom - 2);
        String shown = !form.notice().isEmpty() ? form.notice() : !notice.isEmpty() ? notice : status();
        canvas.rule(bottom, shown, form.indicator());
        canvas.footer(Keys.choiceRange(session.question().choices().size())
                + (session.question().selectAll() ? " Space: tick  Enter: save" : ": answer")
                + "  ←→: move  m: flag  l: list  s: submit  ?: keys");
        unseen = false;
    }

    /** What the rule says about the current question: flagged, and the answer given so far. */
    private String status() {
        int at = session.position();
        List<String> parts = new ArrayList<>();
        if (session.flagged(at)) {
            parts.add("Flagged");
        }
        if (!session.picks(at).isEmpty()) {
            parts.add("Your answer: " + picks(at) + " (answer again to change it)");
        }
        return String.join(". ", parts);
    }

    private String picks(int index) {
        return session.picks(index).stream().sorted().map(p -> Integer.toString(p + 1)).collect(Collectors.joining(","));
    }

    private List<Line> listLines(Palette p) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < session.paper().size(); i++) {
            String state = session.picks(i).isEmpty() ? "unanswered" : "answered " + picks(i);
            String text = (i == listCursor ? "> " : "  ") + String.format("%2d. ", i + 1) + Wrap.pad(state, 16)
                    + (session.flagged(i) ? "[flagged]" : "");
            lines.add(Line.of(text, i == listCursor ? p.selected() : p.text()));
        }
        return lines;
    }

    @Override
    public void handle(KeyStroke key) {
        if (over || session.tick().isPresent()) {
            tick();
            return;
        }
        if (Keys.is(key, 's')) {
            int open = session.unanswered().size();
            int flagged = session.flaggedList().size();
            nav.confirm("Submit the exam? " + (open == 0 ? "Every question is answered" : open + " unanswered (they count as wrong)")
                    + (flagged == 0 ? "." : ", " + flagged + " flagged."), this::submit);
        } else if (listing) {
            listKey(key);
        } else if (Keys.isBack(key)) {
            nav.confirm("Leave the exam? It is not submitted and nothing is saved.", nav::menu);
        } else if (Keys.is(key, KeyType.ArrowLeft)) {
            move(session.position() - 1);
        } else if (Keys.is(key, KeyType.ArrowRight)) {
            move(session.position() + 1);
        } else if (Keys.is(key, 'm')) {
            session.toggleFlag();
        } else if (Keys.is(key, 'l')) {
            openList();
        } else if (!unseen) {
            Optional<Set<Integer>> chosen = form.handle(key);
            if (chosen.isPresent() && session.answer(chosen.get())) {
                move(session.position() + 1);
            }
        }
    }

    private void listKey(KeyStroke key) {
        int n = session.paper().size();
        if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            listCursor = (listCursor + n - 1) % n;
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j') || Keys.is(key, KeyType.Tab)) {
            listCursor = (listCursor + 1) % n;
        } else if (Keys.is(key, KeyType.Enter)) {
            listing = false;
            move(listCursor);
            return;
        } else if (Keys.isBack(key) || Keys.is(key, 'l')) {
            listing = false;
            return;
        } else {
            listScroll.handle(key);
            return;
        }
        listScroll.show(listCursor, listCursor);
    }

    /** To question {@code index}; past the last one, the list, to review and submit. */
    private void move(int index) {
        notice = "";
        if (index >= session.paper().size()) {
            openList();
            notice = "That was the last question: check the list, then s submits";
            return;
        }
        if (index < 0) {
            notice = "This is the first question";
            return;
        }
        if (session.go(index)) {
            form = new QuestionForm(session.question());
            unseen = true;
        }
    }

    private void openList() {
        listing = true;
        listCursor = session.position();
        listScroll.show(listCursor, listCursor);
    }

    private void submit() {
        finish(session.submit());
    }

    /** Time running out submits the exam, whatever screen part is open. */
    @Override
    public boolean tick() {
        if (over) {
            return false;
        }
        session.tick().ifPresent(this::finish);
        return over || session.remaining().isPresent(); // time up, or the countdown moved on
    }

    private void finish(ExamResult result) {
        over = true;
        nav.examOver(result);
    }

    @Override
    public List<String> help() {
        return List.of(
                "1-9 or a-h  answer (select all: tick, then Enter saves the ticks)",
                "↑↓ Tab      move between choices      Space  tick (select all)",
                "← →         previous / next question (answers are kept)",
                "m           flag the question for another look (toggles)",
                "l           list every question: answered, flagged; Enter goes there",
                "s           submit the exam (asks first; no feedback before that)",
                "Esc or ⌫    leave the exam (asks first; nothing is saved)");
    }

    @Override
    public String unsaved() {
        return over ? "" : "Your exam (not submitted)";
    }
}
