package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Study has two pages, switched with Tab or f. Matrix: the whole matrix as a grid with a cell cursor; below
 * it the cursor cell's owner, explanation, pitfall and sources, which scroll with PgUp/PgDn or J/K (the grid
 * scrolls too when the pack has more areas than fit). Facts: the documents' topics beyond the matrix, each
 * with its points and sources, in one scrolling list.
 */
final class StudyView implements View {
    /** Lines kept for the cell's explanation however many areas the pack has. */
    private static final int MIN_DETAIL = 6;

    private final Nav nav;
    private final Pack pack;
    private final Scroller detail = new Scroller();
    private final Scroller facts = new Scroller();
    private boolean showFacts;
    private int row;
    private int column;
    private int gridTop;

    StudyView(Nav nav, Pack pack) {
        this.nav = nav;
        this.pack = pack;
    }

    @Override
    public void draw(Canvas canvas) {
        if (showFacts) {
            drawFacts(canvas);
        } else {
            drawMatrix(canvas);
        }
    }

    private void drawMatrix(Canvas canvas) {
        Palette p = canvas.palette();
        List<Area> areas = pack.areas();
        Cell cell = cell();
        canvas.header("Study: " + pack.title(), "Matrix · row " + (row + 1) + "/" + areas.size()
                + ", column " + (column + 1) + "/" + pack.models().size());
        MatrixGrid grid = new MatrixGrid(pack, p, canvas.bodyWidth());
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
        canvas.footer("←↑↓→ hjkl: move   J K PgUp PgDn: scroll   Tab: facts   Esc: menu   ?: keys");
    }

    private void drawFacts(Canvas canvas) {
        Palette p = canvas.palette();
        canvas.header("Study: " + pack.title(), "Facts · " + pack.topics().size() + " topics");
        int bottom = canvas.height() - 2;
        facts.draw(canvas, 2, bottom - 2, facts(canvas.bodyWidth(), p));
        canvas.rule(bottom, "", facts.indicator());
        canvas.footer("↑↓ PgUp PgDn J K Home End: scroll   Tab or f: matrix   Esc: menu   ?: keys");
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key)) {
            nav.menu();
        } else if (Keys.is(key, KeyType.Tab) || Keys.is(key, 'f')) {
            showFacts = !showFacts;
        } else if (showFacts) {
            facts.handle(scrollKey(key));
        } else {
            moveOrScroll(key);
        }
    }

    @Override
    public List<String> help() {
        return List.of(
                "Tab or f      switch between the matrix and the documents' facts",
                "←↑↓→ or hjkl  move the cell cursor (matrix)",
                "PgUp PgDn     scroll the explanation (matrix) or the facts; also K J",
                "↑↓ Home End   scroll the facts",
                "Esc or ⌫      back to the menu");
    }

    /** J and K scroll a page like PgDn and PgUp (lower-case j k move the cursor on the matrix page). */
    private static KeyStroke scrollKey(KeyStroke key) {
        if (Keys.is(key, 'J')) {
            return new KeyStroke(KeyType.PageDown);
        }
        if (Keys.is(key, 'K')) {
            return new KeyStroke(KeyType.PageUp);
        }
        return key;
    }

    private void moveOrScroll(KeyStroke key) {
        int rows = pack.areas().size();
        int columns = pack.models().size();
        int before = row * columns + column;
        KeyStroke scroll = scrollKey(key);
        if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            row = Math.max(0, row - 1);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j')) {
            row = Math.min(rows - 1, row + 1);
        } else if (Keys.is(key, KeyType.ArrowLeft) || Keys.is(key, 'h')) {
            column = Math.max(0, column - 1);
        } else if (Keys.is(key, KeyType.ArrowRight) || Keys.is(key, 'l')) {
            column = Math.min(columns - 1, column + 1);
        } else if (Keys.is(scroll, KeyType.PageUp) || Keys.is(scroll, KeyType.PageDown)) {
            detail.handle(scroll);
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
                .plus(" " + ownerName(owner), p.text()));
        lines.addAll(Wrap.block(explanation.text(), width, p.text()));
        explanation.pitfall().ifPresent(pitfall -> lines.addAll(Wrap.hanging("Pitfall: ", p.bold(), pitfall, p.text(), width)));
        for (String source : explanation.sourceLines()) {
            lines.addAll(Wrap.hanging("Source: ", p.bold(), source, p.text(), width));
        }
        return lines;
    }

    /** "Shared (the customer and Microsoft together)", but "Microsoft" alone where the two say the same. */
    static String ownerName(Owner owner) {
        String holder = owner.holder().replaceFirst("^(?i)the ", "");
        return holder.equalsIgnoreCase(owner.name()) ? owner.name() : owner.name() + " (" + owner.holder() + ")";
    }

    private List<Line> facts(int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        if (pack.topics().isEmpty()) {
            lines.add(Line.of("This pack has no facts beyond the matrix.", p.text()));
            return lines;
        }
        for (Topic topic : pack.topics()) {
            lines.addAll(Wrap.block(topic.title(), width, p.bold()));
            for (String point : topic.points()) {
                lines.addAll(Wrap.hanging("• ", p.text(), point, p.text(), width));
            }
            for (String source : new Explanation("", Optional.empty(), topic.sources()).sourceLines()) {
                lines.addAll(Wrap.hanging("Source: ", p.bold(), source, p.text(), width));
            }
            lines.add(Line.EMPTY);
        }
        return lines;
    }
}
