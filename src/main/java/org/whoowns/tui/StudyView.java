package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole matrix as a grid with a cell cursor; below it the cursor cell's owner, explanation, pitfall and
 * sources. The grid scrolls vertically when the pack has more areas than fit; the text below scrolls too.
 */
final class StudyView implements View {
    /** Lines kept for the cell's explanation however many areas the pack has. */
    private static final int MIN_DETAIL = 6;

    private final Nav nav;
    private final Pack pack;
    private final Scroller detail = new Scroller();
    private int row;
    private int column;
    private int gridTop;

    StudyView(Nav nav, Pack pack) {
        this.nav = nav;
        this.pack = pack;
    }

    @Override
    public void draw(Canvas canvas) {
        Palette p = canvas.palette();
        List<Area> areas = pack.areas();
        Cell cell = cell();
        canvas.header("Study: " + pack.title(), "row " + (row + 1) + "/" + areas.size()
                + ", column " + (column + 1) + "/" + pack.models().size());
        MatrixGrid grid = new MatrixGrid(pack, areas, p, canvas.bodyWidth());
        List<Line> legend = grid.legend(canvas.bodyWidth());
        canvas.lines(1, legend);
        int gridRow = 1 + legend.size();
        int visible = Math.max(1, Math.min(areas.size(), canvas.height() - 5 - legend.size() - MIN_DETAIL));
        gridTop = Math.max(Math.min(gridTop, row), row - visible + 1);
        canvas.put(Canvas.MARGIN, gridRow, grid.header(), canvas.bodyWidth());
        List<Line> rows = new ArrayList<>();
        for (Area area : areas.subList(gridTop, Math.min(areas.size(), gridTop + visible))) {
            rows.add(grid.row(area, Set.of(cell)));
        }
        canvas.lines(gridRow + 1, rows);
        int middle = gridRow + 1 + visible;
        canvas.rule(middle, "", visible < areas.size()
                ? "areas " + (gridTop + 1) + "-" + (gridTop + visible) + " of " + areas.size() + " ↑↓" : "");
        int bottom = canvas.height() - 2;
        detail.draw(canvas, middle + 1, bottom - middle - 1, detail(cell, canvas.bodyWidth(), p));
        canvas.rule(bottom, "", detail.indicator());
        canvas.footer("←↑↓→ or hjkl: move   PgUp PgDn: scroll text   Esc: menu   q: quit");
    }

    @Override
    public void handle(KeyStroke key) {
        int rows = pack.areas().size();
        int columns = pack.models().size();
        if (Keys.isBack(key)) {
            nav.menu();
            return;
        }
        int before = row * columns + column;
        if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            row = Math.max(0, row - 1);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j')) {
            row = Math.min(rows - 1, row + 1);
        } else if (Keys.is(key, KeyType.ArrowLeft) || Keys.is(key, 'h')) {
            column = Math.max(0, column - 1);
        } else if (Keys.is(key, KeyType.ArrowRight) || Keys.is(key, 'l')) {
            column = Math.min(columns - 1, column + 1);
        } else if (Keys.is(key, KeyType.PageUp) || Keys.is(key, KeyType.PageDown)) {
            detail.handle(key);
        }
        if (row * columns + column != before) {
            detail.reset();
        }
    }

    private Cell cell() {
        return new Cell(pack.areas().get(row), pack.models().get(column));
    }

    private List<Line> detail(Cell cell, int width, Palette p) {
        Owner owner = pack.owner(cell);
        Explanation explanation = pack.explanation(cell);
        List<Line> lines = new ArrayList<>();
        lines.addAll(Wrap.block(cell.area().name() + " × " + cell.model().name(), width, p.bold()));
        lines.add(Line.of("Owner: ", p.bold())
                .plus(" " + owner.key() + " ", p.owner(pack.rank(owner), pack.owners().size()))
                .plus(" " + owner.name() + " (" + owner.holder() + ")", p.text()));
        lines.addAll(Wrap.block(explanation.text(), width, p.text()));
        explanation.pitfall().ifPresent(pitfall -> lines.addAll(Wrap.hanging("Pitfall: ", p.bold(), pitfall, p.text(), width)));
        for (Source source : explanation.sources()) {
            lines.addAll(Wrap.hanging("Source: ", p.bold(), source.citation(), p.text(), width));
        }
        return lines;
    }
}
