package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.learn.ExamResult;
import org.whoowns.learn.Tally;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end of an exam: passed or failed against the mark (in words, not colour alone), the breakdown by area
 * and by model, where the attempt and certificate were saved, and r to review each missed question on the
 * same feedback page practice shows.
 */
final class ExamResultView implements View {
    private final Nav nav;
    private final Pack pack;
    private final ExamResult result;
    private final List<String> saved;
    private final Scroller scroller = new Scroller();
    private final Scroller reviewScroll = new Scroller();
    /** Position in {@link ExamResult#missed()} under review, or -1 for the result itself. */
    private int reviewing = -1;

    ExamResultView(Nav nav, Pack pack, ExamResult result, List<String> saved) {
        this.nav = nav;
        this.pack = pack;
        this.result = result;
        this.saved = List.copyOf(saved);
    }

    @Override
    public void draw(Canvas canvas) {
        int bottom = canvas.height() - 2;
        List<Integer> missed = result.missed();
        if (reviewing >= 0) {
            int index = missed.get(reviewing);
            canvas.header(pack.title(), "Exam review  Missed " + (reviewing + 1) + "/" + missed.size()
                    + "  (question " + (index + 1) + "/" + result.max() + ")");
            FeedbackPage page = new FeedbackPage(pack, new Feedback(result.paper().get(index), result.picks().get(index),
                    result.credits().get(index)));
            reviewScroll.draw(canvas, 1, bottom - 1, page.lines(canvas.bodyWidth(), canvas.palette()));
            canvas.rule(bottom, result.picks().get(index).isEmpty() ? "Not answered" : "", reviewScroll.indicator());
            canvas.footer("Enter or →: next missed   ←: previous   ↑↓ PgUp PgDn: scroll   Esc: result");
            return;
        }
        canvas.header(pack.title(), "Exam result");
        scroller.draw(canvas, 2, bottom - 2, lines(canvas.palette()));
        canvas.rule(bottom, "", scroller.indicator());
        canvas.footer((missed.isEmpty() ? "" : "r: review the missed questions   ") + "↑↓ PgUp PgDn: scroll   Enter or Esc: menu");
    }

    private List<Line> lines(Palette p) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(result.passed() ? "✓ " : "✗ ", result.passed() ? p.right() : p.wrong())
                .plus(result.verdict(), p.bold()));
        if (result.timeUp()) {
            lines.add(Line.of("Time ran out: the exam was submitted as it stood.", p.text()));
        }
        lines.add(Line.EMPTY);
        table(lines, "By area", result.areasInOrder(pack), p);
        table(lines, "By model", result.modelsInOrder(pack), p);
        saved.forEach(line -> lines.add(Line.of(line, p.text())));
        lines.add(Line.EMPTY);
        int misses = result.missed().size();
        lines.add(Line.of(misses == 0 ? "No question missed." : misses + (misses == 1 ? " question" : " questions")
                + " missed: press r to review each with its explanation.", p.bold()));
        return lines;
    }

    private static void table(List<Line> lines, String title, List<Tally> tallies, Palette p) {
        lines.add(Line.of(title, p.bold()));
        int width = tallies.stream().mapToInt(t -> Wrap.width(t.name())).max().orElse(0);
        for (Tally t : tallies) {
            lines.add(Line.of("  " + Wrap.pad(t.name(), width + 2) + Summary.format(t.raw()) + "/" + t.max()
                    + String.format(Locale.ROOT, "  %3.0f %%", Math.floor(t.percent())), p.text()));
        }
        lines.add(Line.EMPTY);
    }

    @Override
    public void handle(KeyStroke key) {
        int misses = result.missed().size();
        if (reviewing >= 0) {
            if (Keys.isBack(key)) {
                reviewing = -1;
            } else if (Keys.is(key, KeyType.Enter) || Keys.is(key, KeyType.ArrowRight) || Keys.is(key, ' ')) {
                review(reviewing + 1 < misses ? reviewing + 1 : -1);
            } else if (Keys.is(key, KeyType.ArrowLeft)) {
                review(Math.max(0, reviewing - 1));
            } else {
                reviewScroll.handle(key);
            }
        } else if (Keys.is(key, 'r') && misses > 0) {
            review(0);
        } else if (Keys.is(key, KeyType.Enter) || Keys.isBack(key)) {
            nav.menu();
        } else {
            scroller.handle(key);
        }
    }

    private void review(int position) {
        reviewing = position;
        reviewScroll.reset();
    }

    @Override
    public List<String> help() {
        return List.of("r           review the missed questions one by one",
                "Enter →     next missed question   ←  previous",
                "↑↓ PgUp PgDn  scroll              Esc  back (to the result, then the menu)");
    }
}
