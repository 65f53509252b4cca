package org.whoowns.tui;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.Summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user sees after answering: a verdict that does not rely on colour, the choices with the right
 * ones and the user's picks marked, the explanation, pitfall and sources, and the tested cells in their
 * rows of the matrix.
 */
final class FeedbackPage {
    /** Matrix rows shown at most; a question about more rows ends the grid with "…". */
    static final int MAX_ROWS = 6;

    private final Pack pack;
    private final Feedback feedback;

    FeedbackPage(Pack pack, Feedback feedback) {
        this.pack = pack;
        this.feedback = feedback;
    }

    /** "✓ RIGHT", "~ PARTLY RIGHT (0.5)" or "✗ WRONG", with the right answer where it is a single one. */
    Line verdict(Palette p) {
        if (feedback.right()) {
            return Line.of("✓ RIGHT", p.right());
        }
        if (feedback.partlyRight()) {
            return Line.of("~ PARTLY RIGHT (" + Summary.format(feedback.score()) + ")", p.partly())
                    .plus("   the right choices are marked ✓", p.text());
        }
        Question q = feedback.question();
        Line wrong = Line.of("✗ WRONG", p.wrong());
        return q.answer().size() == 1
                ? wrong.plus("   the right answer: " + q.choices().get(q.answer().get(0)).text(), p.text())
                : wrong.plus("   the right choices are marked ✓", p.text());
    }

    List<Line> lines(int width, Palette p) {
        Question q = feedback.question();
        List<Line> lines = new ArrayList<>(Wrap.block(q.prompt(), width, p.bold()));
        lines.add(Line.EMPTY);
        lines.add(Line.of("✓ right answer   [x] your pick", p.text()));
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            boolean picked = feedback.picked(i);
            String mark = c.correct() ? "✓ " : picked ? "✗ " : "  ";
            String label = mark + (picked ? "[x] " : "[ ] ") + (i + 1) + ". ";
            String text = c.note().isBlank() ? c.text() : c.text() + " — " + c.note();
            Style style = c.correct() ? p.bold() : picked ? p.wrong() : p.text();
            lines.addAll(Wrap.hanging(label, style, text, style, width));
        }
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.block(q.explanation().text(), width, p.text()));
        q.explanation().pitfall().ifPresent(pitfall -> {
            lines.add(Line.EMPTY);
            lines.addAll(Wrap.hanging("Pitfall: ", p.bold(), pitfall, p.text(), width));
        });
        if (!q.cells().isEmpty()) {
            lines.add(Line.EMPTY);
            lines.addAll(grid(width, p));
        }
        lines.add(Line.EMPTY);
        for (Source source : q.explanation().sources()) {
            lines.addAll(Wrap.hanging("Source: ", p.bold(), source.citation(), p.text(), width));
        }
        return lines;
    }

    /** The rows of the tested cells, in pack order, with those cells marked. */
    private List<Line> grid(int width, Palette p) {
        Set<Cell> tested = new HashSet<>(feedback.question().cells());
        List<Area> rows = pack.areas().stream()
                .filter(a -> tested.stream().anyMatch(c -> c.area().equals(a))).toList();
        List<Area> shown = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
        MatrixGrid grid = new MatrixGrid(pack, shown, p, width);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(tested.size() == 1 ? "The tested cell, marked >…<:" : "The tested cells, marked >…<:", p.bold()));
        lines.add(grid.header());
        shown.forEach(area -> lines.add(grid.row(area, tested)));
        if (rows.size() > shown.size()) {
            lines.add(Line.of("… and " + (rows.size() - shown.size()) + " more rows", p.text()));
        }
        if (grid.needsLegend()) {
            lines.addAll(grid.legend(width));
        }
        return lines;
    }
}
