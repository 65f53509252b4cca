package org.whoowns.tui;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Fill;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.Summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the user sees after answering: a verdict that does not rely on colour and names the right answer in
 * full, the choices with the right ones and the user's picks marked, a line on each wrong pick and missed
 * right choice, how partial credit was computed, the explanation and pitfall, the cells that matter in
 * their rows of the matrix, and the sources, one line per document.
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

    /** "✓ RIGHT", "~ PARTLY RIGHT (0.5)" or "✗ WRONG", then the right answer in full, wrapped, never cut. */
    List<Line> verdict(int width, Palette p) {
        Question q = feedback.question();
        String answer = q.fill().map(FeedbackPage::rows)
                .orElseGet(() -> q.answer().stream().map(i -> q.choices().get(i).text()).collect(Collectors.joining("; ")));
        String label = q.fill().isPresent() ? "The right keys: " : q.answer().size() == 1 ? "The right answer: " : "The right choices: ";
        Line head;
        if (feedback.right()) {
            head = Line.of("✓ RIGHT", p.right());
        } else if (feedback.partlyRight()) {
            head = Line.of("~ PARTLY RIGHT (" + Summary.format(feedback.score()) + ")", p.partly());
        } else {
            head = Line.of("✗ WRONG", p.wrong());
        }
        List<Line> lines = new ArrayList<>();
        lines.add(head);
        if (!feedback.right()) {
            lines.addAll(Wrap.hanging(label, p.bold(), answer, p.text(), width));
        }
        return lines;
    }

    List<Line> lines(int width, Palette p) {
        Question q = feedback.question();
        List<Line> lines = new ArrayList<>(verdict(width, p));
        String credit = feedback.partlyRight() || !feedback.right() ? feedback.creditText() : "";
        if (!credit.isEmpty()) {
            lines.addAll(Wrap.hanging("Credit: ", p.bold(), credit, p.text(), width));
        }
        for (String note : feedback.pickNotes()) {
            lines.addAll(Wrap.hanging("• ", p.text(), note, p.text(), width));
        }
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.block(q.prompt(), width, p.bold()));
        if (q.fill().isEmpty()) {
            choices(lines, width, p);
        }
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.block(q.explanation().text(), width, p.text()));
        q.explanation().pitfall().ifPresent(pitfall -> lines.addAll(Wrap.hanging("Pitfall: ", p.bold(), pitfall, p.text(), width)));
        Set<Cell> marked = marked();
        if (!marked.isEmpty()) {
            lines.add(Line.EMPTY);
            lines.addAll(grid(marked, width, p));
        }
        lines.add(Line.EMPTY);
        for (String source : q.explanation().sourceLines()) {
            lines.addAll(Wrap.hanging("Source: ", p.bold(), source, p.text(), width));
        }
        return lines;
    }

    /** Each choice marked right, picked or neither. */
    private void choices(List<Line> lines, int width, Palette p) {
        Question q = feedback.question();
        lines.add(Line.of("✓ right answer   [x] your pick", p.text()));
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            boolean picked = feedback.picked(i);
            String mark = c.correct() ? "✓ " : picked ? "✗ " : "  ";
            String label = mark + (picked ? "[x] " : "[ ] ") + (i + 1) + ". ";
            Style style = c.correct() ? p.bold() : picked ? p.wrong() : p.text();
            lines.addAll(Wrap.hanging(label, style, c.text(), style, width));
        }
    }

    /** "Operating system: CCMM; Applications: CSSS": a fill's right keys, row by row. */
    private static String rows(Fill fill) {
        List<String> rows = new ArrayList<>();
        int at = 0;
        for (List<Cell> row : fill.rows()) {
            StringBuilder keys = new StringBuilder();
            for (int k = 0; k < row.size(); k++) {
                keys.append(fill.owners().get(fill.answer().get(at++)).key());
            }
            rows.add(row.get(0).area().name() + ": " + keys);
        }
        return String.join("; ", rows);
    }

    /**
     * The cells worth marking: those of the right choices and the user's picks where the choices name cells
     * (a row asked about model by model marks only the models in play), else every tested cell.
     */
    Set<Cell> marked() {
        Question q = feedback.question();
        Set<Cell> cells = new LinkedHashSet<>();
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct() || feedback.picked(i)) {
                cells.addAll(q.choices().get(i).cells());
            }
        }
        return cells.isEmpty() ? new LinkedHashSet<>(q.cells()) : cells;
    }

    /** The rows of the marked cells, in pack order, laid out as every grid of this pack is. */
    private List<Line> grid(Set<Cell> marked, int width, Palette p) {
        List<Area> rows = pack.areas().stream()
                .filter(a -> marked.stream().anyMatch(c -> c.area().equals(a))).toList();
        List<Area> shown = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
        MatrixGrid grid = new MatrixGrid(pack, p, width);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(marked.size() == 1 ? "The cell in question, marked >…<:" : "The cells in question, marked >…<:", p.bold()));
        lines.add(grid.header());
        shown.forEach(area -> lines.add(grid.row(area, marked)));
        if (rows.size() > shown.size()) {
            lines.add(Line.of("… and " + (rows.size() - shown.size()) + " more rows", p.text()));
        }
        if (grid.needsLegend()) {
            lines.addAll(grid.legend(width));
        }
        return lines;
    }
}
