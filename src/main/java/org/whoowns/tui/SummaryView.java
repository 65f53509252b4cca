package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The end of a practice run: score, misses by area and by model (as the session counts them), and the
 * questions missed as a list: Enter opens one's feedback again, r practises all of them again.
 */
final class SummaryView implements View {
    private final Nav nav;
    private final Pack pack;
    private final Summary summary;
    private final Scroller scroller = new Scroller();
    private final Scroller opened = new Scroller();
    private int cursor;
    /** Index of the first missed question in the lines, from the last layout. */
    private int firstMissLine;
    /** The miss whose feedback is open, or null for the summary itself. */
    private FeedbackPage open;

    SummaryView(Nav nav, Pack pack, Summary summary) {
        this.nav = nav;
        this.pack = pack;
        this.summary = summary;
    }

    @Override
    public void draw(Canvas canvas) {
        int bottom = canvas.height() - 2;
        if (open != null) {
            canvas.header(pack.title(), "Missed question " + (cursor + 1) + "/" + summary.misses().size());
            opened.draw(canvas, 1, bottom - 1, open.lines(canvas.bodyWidth(), canvas.palette()));
            canvas.rule(bottom, "", opened.indicator());
            canvas.footer("↑↓ PgUp PgDn: scroll   Esc or Enter: back to the summary   ?: keys");
            return;
        }
        canvas.header(pack.title(), "Practice finished");
        List<Line> lines = lines(canvas.bodyWidth(), canvas.palette());
        scroller.draw(canvas, 2, bottom - 2, lines);
        canvas.rule(bottom, "", scroller.indicator());
        canvas.footer(summary.misses().isEmpty() ? "Enter or Esc: menu   ↑↓ PgUp PgDn: scroll   ?: keys"
                : "↑↓: pick   Enter: open   r: practise the misses again   Esc: menu   ?: keys");
    }

    @Override
    public void handle(KeyStroke key) {
        int misses = summary.misses().size();
        if (open != null) {
            if (Keys.isBack(key) || Keys.is(key, KeyType.Enter)) {
                open = null;
            } else {
                opened.handle(key);
            }
        } else if (Keys.isBack(key) || misses == 0 && Keys.is(key, KeyType.Enter)) {
            nav.menu();
        } else if (misses == 0) {
            scroller.handle(key);
        } else if (Keys.is(key, KeyType.Enter)) {
            open = new FeedbackPage(pack, summary.misses().get(cursor));
            opened.reset();
        } else if (Keys.is(key, 'r')) {
            nav.replay(summary.misses().stream().map(Feedback::question).toList());
        } else if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            cursor = Math.max(0, cursor - 1);
            scroller.show(firstMissLine + cursor, firstMissLine + cursor);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j')) {
            cursor = Math.min(misses - 1, cursor + 1);
            scroller.show(firstMissLine + cursor, firstMissLine + cursor);
        } else {
            scroller.handle(key);
        }
    }

    @Override
    public List<String> help() {
        return List.of(
                "↑↓ or j k    pick a missed question",
                "Enter        open its feedback again (Esc or Enter goes back)",
                "r            practise the missed questions again, as a new run",
                "PgUp PgDn    scroll",
                "Esc or ⌫     back to the menu");
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
        lines.addAll(tally("Misses by area:  ", summary.areaMisses(), Area::name, width, p));
        lines.addAll(tally("Misses by model: ", summary.modelMisses(), Model::name, width, p));
        lines.add(Line.EMPTY);
        lines.add(Line.of("Missed questions (✗ wrong, ~ partly right); Enter opens one:", p.bold()));
        firstMissLine = lines.size();
        for (int i = 0; i < summary.misses().size(); i++) {
            Feedback miss = summary.misses().get(i);
            Question q = miss.question();
            boolean on = i == cursor;
            Style style = on ? p.selected() : p.text();
            lines.add(Line.of(on ? "> " : "  ", style).plus(miss.partlyRight() ? "~ " : "✗ ",
                            on ? style : miss.partlyRight() ? p.partly() : p.wrong())
                    .plus(Wrap.pad(q.prompt(), width - 4), style));
        }
        return lines;
    }

    /**
     * "Misses by area:  Network controls 2, Applications 1" wrapped between entries, never inside a name
     * (a name longer than a whole line is cut with an ellipsis).
     */
    private static <K> List<Line> tally(String label, Map<K, Integer> misses, Function<K, String> name,
                                        int width, Palette p) {
        int indent = Wrap.width(label);
        int room = Math.max(1, width - indent);
        List<Line> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> entries = new ArrayList<>();
        misses.forEach((key, n) -> entries.add(Wrap.fit(name.apply(key), room - 1 - String.valueOf(n).length() - 1)
                + " " + n));
        if (entries.isEmpty()) {
            entries.add("none");
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i) + (i < entries.size() - 1 ? "," : "");
            if (line.length() > 0 && Wrap.width(line.toString()) + 1 + Wrap.width(entry) > room) {
                out.add(next(out.isEmpty(), label, indent, line.toString(), p));
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(entry);
        }
        out.add(next(out.isEmpty(), label, indent, line.toString(), p));
        return out;
    }

    private static Line next(boolean first, String label, int indent, String text, Palette p) {
        return (first ? Line.of(label, p.bold()) : Line.of(" ".repeat(indent), p.text())).plus(text, p.text());
    }
}
