package org.whoowns.tui;

import org.whoowns.classroom.Distribution;
import org.whoowns.classroom.Standing;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The pieces the drill screens share: countdown, code on the board, right answer, bar chart, ranking. */
final class DrillPages {
    private DrillPages() {
    }

    /** Whole seconds left until {@code deadline}, rounded up, never below 0. */
    static long secondsLeft(Instant deadline, Instant now) {
        long millis = Duration.between(now, deadline).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** "Time  17 s  ██████████░░░░" — the number carries it; the bar is for a glance. */
    static Line countdown(long left, Duration limit, int width, Palette p) {
        String label = "Time " + String.format("%3d s ", left);
        int bar = Math.max(0, Math.min(40, width - label.length() - 1));
        int full = limit.isZero() ? 0 : (int) Math.round(bar * (double) left / limit.toSeconds());
        full = Math.min(bar, full);
        return Line.of(label, left <= 5 ? p.wrong() : p.bold()).plus("█".repeat(full) + "░".repeat(bar - full),
                p.text());
    }

    /** The code in block letters with its plain spelling under it, for the board. */
    static List<Line> board(String code, int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        if (BigText.width(code) <= width) {
            BigText.rows(code).forEach(r -> lines.add(Line.of(r, p.bold())));
        }
        lines.add(Line.of("Drill code: " + String.join(" ", code.split("")), p.bold()));
        return lines;
    }

    /** The right answer in full, the explanation, the pitfall and the sources. */
    static List<Line> answer(Question q, int width, Palette p) {
        List<Line> lines = new ArrayList<>(rightAnswer(q, width, p));
        lines.addAll(explanation(q, width, p));
        return lines;
    }

    static List<Line> rightAnswer(Question q, int width, Palette p) {
        List<String> right = q.answer().stream().map(i -> (i + 1) + ". " + q.choices().get(i).text()).toList();
        return Wrap.hanging(right.size() == 1 ? "Right answer: " : "Right choices: ", p.right(),
                String.join("; ", right), p.bold(), width);
    }

    static List<Line> explanation(Question q, int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(Wrap.block(q.explanation().text(), width, p.text()));
        q.explanation().pitfall().ifPresent(pitfall -> lines.addAll(Wrap.hanging("Pitfall: ", p.bold(), pitfall,
                p.text(), width)));
        for (String source : q.explanation().sourceLines()) {
            lines.addAll(Wrap.hanging("Source: ", p.bold(), source, p.text(), width));
        }
        return lines;
    }

    /** One bar per choice: its number, a bar scaled to the most picked, the count, ✓ on the right ones. */
    static List<Line> distribution(Question q, Distribution d, int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        int most = d.picks().stream().mapToInt(Integer::intValue).max().orElse(0);
        int bar = Math.max(1, Math.min(30, width - 40));
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            int n = d.picks().get(i);
            int len = most == 0 ? 0 : (int) Math.round(bar * (double) n / most);
            String head = (c.correct() ? "✓ " : "  ") + (i + 1) + " " + "█".repeat(len) + " ".repeat(bar - len)
                    + String.format(" %3d  ", n);
            lines.add(Line.of(head, c.correct() ? p.right() : p.text()).plus(c.text(), p.text()));
        }
        lines.add(Line.of(d.answered() + " answered" + (d.unanswered() > 0 ? ", " + d.unanswered()
                + " did not answer" : ""), p.text()));
        return lines;
    }

    /** The full ranking, {@code me} marked, cut to {@code rows} lines with the count of the rest. */
    static List<Line> ranking(List<Standing> table, String me, int rows, Palette p) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Rank  Points  Right  Name", p.bold()));
        int shown = table.size() <= rows - 1 ? table.size() : Math.max(0, rows - 2);
        for (int i = 0; i < shown; i++) {
            lines.add(standing(table.get(i), me, p));
        }
        if (shown < table.size()) {
            // a long ranking keeps the viewer's own line in sight
            Standing own = table.stream().filter(s -> s.name().equals(me)).findFirst().orElse(null);
            int rest = table.size() - shown;
            if (own != null && table.indexOf(own) >= shown && shown > 0) {
                lines.set(lines.size() - 1, standing(own, me, p));
            }
            lines.add(Line.of("… " + rest + " more (the results file has the full ranking)", p.text()));
        }
        return lines;
    }

    private static Line standing(Standing s, String me, Palette p) {
        String text = String.format("%4d  %6d  %5d  ", s.rank(), s.points(), s.right()) + s.name()
                + (s.connected() ? "" : "  (away)") + (s.name().equals(me) ? "  ← you" : "");
        return Line.of(text, s.name().equals(me) ? p.selected() : p.text());
    }
}
