package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.quiz.Fill;
import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A matrix-fill being answered: the blanked rows as a grid, a cursor cell, and the keys typed so far. An
 * owner's key fills the cursor cell and moves on; arrows move; Backspace clears; Enter submits once every
 * cell is filled. The cursor cell is reversed and wrapped in {@code >…<}, so it reads without colour.
 */
final class FillForm {
    private static final int MAX_AREA = 24;

    private final Question question;
    private final Fill fill;
    private final Integer[] typed;
    private final Scroller scroller = new Scroller();
    private int cursor;
    private String notice = "";

    FillForm(Question question) {
        this.question = question;
        this.fill = question.fill().orElseThrow();
        this.typed = new Integer[fill.cells().size()];
    }

    String notice() {
        return notice;
    }

    String indicator() {
        return scroller.indicator();
    }

    String footer() {
        return "keys " + fill.owners().stream().map(o -> o.key()).reduce((a, b) -> a + " " + b).orElse("")
                + "   ←→↑↓ move   ⌫ clear   Enter: submit   Esc: menu";
    }

    void draw(Canvas canvas, int row, int height) {
        scroller.draw(canvas, row, height, lines(canvas.bodyWidth(), canvas.palette()));
    }

    /** The owners typed, one per cell, once the user submits a full grid; empty while still filling. */
    Optional<List<Integer>> handle(KeyStroke key) {
        notice = "";
        int n = typed.length;
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
            Optional<Integer> owner = fill.owner(String.valueOf(key.getCharacter()));
            if (owner.isEmpty()) {
                notice = "\"" + key.getCharacter() + "\" is no owner's key: " + fill.keyList();
            } else {
                typed[cursor] = owner.get();
                cursor = Math.min(n - 1, cursor + 1);
            }
        } else if (Keys.is(key, KeyType.Backspace)) {
            if (typed[cursor] == null && cursor > 0) {
                cursor--;
            }
            typed[cursor] = null;
        } else if (Keys.is(key, KeyType.ArrowRight) || Keys.is(key, KeyType.Tab)) {
            cursor = Math.min(n - 1, cursor + 1);
        } else if (Keys.is(key, KeyType.ArrowLeft)) {
            cursor = Math.max(0, cursor - 1);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, KeyType.ArrowUp)) {
            cursor = vertical(Keys.is(key, KeyType.ArrowDown) ? 1 : -1);
        } else if (Keys.is(key, KeyType.Enter)) {
            long left = Arrays.stream(typed).filter(t -> t == null).count();
            if (left == 0) {
                return Optional.of(List.of(typed));
            }
            notice = "Fill every cell first: " + left + " left";
        } else {
            scroller.handle(key);
        }
        return Optional.empty();
    }

    /** The cell above or below the cursor in the same model, or the cursor itself at an edge. */
    private int vertical(int step) {
        Cell at = fill.cells().get(cursor);
        List<List<Cell>> rows = fill.rows();
        int row = 0;
        while (!rows.get(row).contains(at)) {
            row++;
        }
        int target = row + step;
        if (target < 0 || target >= rows.size()) {
            return cursor;
        }
        for (Cell c : rows.get(target)) {
            if (c.model().equals(at.model())) {
                return fill.cells().indexOf(c);
            }
        }
        return fill.cells().indexOf(rows.get(target).get(0));
    }

    private List<Line> lines(int width, Palette p) {
        List<Line> lines = new ArrayList<>(Wrap.block(question.prompt(), width, p.bold()));
        lines.add(Line.EMPTY);
        List<Model> models = fill.rows().get(0).stream().map(Cell::model).toList();
        int area = Math.min(MAX_AREA, fill.cells().stream().mapToInt(c -> Wrap.width(c.area().name())).max().orElse(4));
        int cell = Math.max(5, models.stream().mapToInt(m -> Wrap.width(m.name())).max().orElse(5));
        if (fill.shape() == Fill.Shape.GRID || fill.shape() == Fill.Shape.ROW) {
            Line header = Line.of(Wrap.pad("", area), p.text());
            for (Model m : models) {
                header = header.plus(" ", p.text()).plus(Wrap.center(m.name(), cell), p.bold());
            }
            lines.add(header);
        } else {
            lines.add(Line.of(Wrap.pad("", area) + " " + Wrap.center(models.get(0).name(), cell), p.bold()));
        }
        for (List<Cell> row : fill.rows()) {
            Line line = Line.of(Wrap.pad(row.get(0).area().name(), area), p.text());
            for (Cell c : row) {
                int i = fill.cells().indexOf(c);
                String key = typed[i] == null ? "_" : fill.owners().get(typed[i]).key();
                boolean on = i == cursor;
                Style style = on ? p.selected().with(SGR.REVERSE) : p.text();
                line = line.plus(" ", p.text()).plus(Wrap.center(on ? ">" + key + "<" : " " + key + " ", cell), style);
            }
            lines.add(line);
        }
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.block("Keys: " + fill.keyList(), width, p.text()));
        return lines;
    }
}
