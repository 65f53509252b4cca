package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;

/**
 * A vertical window onto a list of lines longer than the space for it. Remembers the height and length
 * of the last draw, so keys scroll by what the user actually saw.
 */
final class Scroller {
    private int top;
    private int height = 1;
    private int total;

    void reset() {
        top = 0;
    }

    /** Draws the visible part of {@code lines} in rows {@code row}..{@code row+height-1}. */
    void draw(Canvas canvas, int row, int height, List<Line> lines) {
        this.height = Math.max(1, height);
        this.total = lines.size();
        clamp();
        canvas.lines(row, lines.subList(top, Math.min(lines.size(), top + this.height)));
    }

    /** Scrolls for ↑ ↓ PgUp PgDn Home End; false for any other key. */
    boolean handle(KeyStroke key) {
        KeyType type = key.getKeyType();
        switch (type) {
            case ArrowUp -> top--;
            case ArrowDown -> top++;
            case PageUp -> top -= Math.max(1, height - 1);
            case PageDown -> top += Math.max(1, height - 1);
            case Home -> top = 0;
            case End -> top = total;
            default -> {
                return false;
            }
        }
        clamp();
        return true;
    }

    /** Scrolls the least needed to show lines {@code first}..{@code last} (the first wins if both cannot fit). */
    void show(int first, int last) {
        if (last >= top + height) {
            top = last - height + 1;
        }
        if (first < top) {
            top = first;
        }
        clamp();
    }

    /** "more ↓", "more ↑", "more ↑↓" or "", for the rule under the window. */
    String indicator() {
        boolean above = top > 0;
        boolean below = top + height < total;
        return above && below ? "more ↑↓" : above ? "more ↑" : below ? "more ↓" : "";
    }

    private void clamp() {
        top = Math.max(0, Math.min(top, total - height));
    }
}
