package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Summary;

import java.util.ArrayList;
import java.util.List;

/** The end of a practice run: score, misses by area and by model, and the questions missed. */
final class SummaryView implements View {
    private final Nav nav;
    private final String title;
    private final Summary summary;
    private final Scroller scroller = new Scroller();

    SummaryView(Nav nav, String title, Summary summary) {
        this.nav = nav;
        this.title = title;
        this.summary = summary;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.header(title, "Practice finished");
        int bottom = canvas.height() - 2;
        scroller.draw(canvas, 2, bottom - 2, lines(canvas.bodyWidth(), canvas.palette()));
        canvas.rule(bottom, "", scroller.indicator());
        canvas.footer("Enter or Esc: menu   ↑↓ PgUp PgDn: scroll   q: quit");
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key) || Keys.is(key, KeyType.Enter)) {
            nav.menu();
        } else {
            scroller.handle(key);
        }
    }

    private List<Line> lines(int width, Palette p) {
        long percent = summary.total() == 0 ? 0 : Math.round(100.0 * summary.score() / summary.total());
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Score " + summary.scoreText() + "  (" + percent + " %)", p.bold()));
        lines.add(Line.EMPTY);
        if (summary.misses().isEmpty()) {
            lines.add(Line.of("No misses: every answer was right.", p.text()));
            return lines;
        }
        lines.addAll(Wrap.hanging("Misses by area:  ", p.bold(), orNone(summary.areaMissesText()), p.text(), width));
        lines.addAll(Wrap.hanging("Misses by model: ", p.bold(), orNone(summary.modelMissesText()), p.text(), width));
        lines.add(Line.EMPTY);
        lines.add(Line.of("Missed questions (✗ wrong, ~ partly right):", p.bold()));
        for (Feedback miss : summary.misses()) {
            String mark = miss.partlyRight() ? "~ " : "✗ ";
            lines.add(Line.of(mark, miss.partlyRight() ? p.partly() : p.wrong())
                    .plus(Wrap.fit(miss.question().prompt(), width - 2), p.text()));
        }
        return lines;
    }

    private static String orNone(String misses) {
        return misses.isEmpty() ? "none" : misses;
    }
}
