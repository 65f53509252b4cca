package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;

/**
 * A box drawn over the current screen that takes the keys while it is open: the key help (any key closes
 * it) or a y/n question (y runs the action; n, Esc or Backspace closes it).
 */
final class Overlay {
    private final String title;
    private final List<String> lines;
    private final Runnable yes;

    private Overlay(String title, List<String> lines, Runnable yes) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.yes = yes;
    }

    static Overlay help(List<String> keys) {
        List<String> lines = new ArrayList<>(keys);
        lines.add("?          this help (any key closes it)");
        lines.add("Ctrl-L     repaint the screen");
        lines.add("q          quit (asks first during a run)   Ctrl-C  quit at once");
        return new Overlay("Keys", lines, null);
    }

    static Overlay question(String question, Runnable yes) {
        return new Overlay("", List.of(question, "", "y: yes    n or Esc: no"), yes);
    }

    /** True for a y/n question, false for the key help. */
    boolean asks() {
        return yes != null;
    }

    /** Handles a key; false once the overlay is done and should close. */
    boolean handle(KeyStroke key) {
        if (yes == null) {
            return false;
        }
        if (Keys.is(key, 'y') || Keys.is(key, 'Y')) {
            yes.run();
            return false;
        }
        return !(Keys.is(key, 'n') || Keys.is(key, 'N') || Keys.isBack(key) || Keys.is(key, KeyType.Enter));
    }

    void draw(Canvas canvas) {
        Palette p = canvas.palette();
        int inner = Math.min(canvas.width() - 6, 72);
        List<Line> body = new ArrayList<>();
        if (!title.isEmpty()) {
            body.add(Line.of(title, p.bold()));
        }
        for (String line : lines) {
            // Key lines keep their column alignment (wrapping would collapse the spaces); a question wraps.
            body.addAll(yes == null ? List.of(Line.of(Wrap.fit(line, inner), p.text())) : Wrap.block(line, inner, p.bold()));
        }
        int width = Math.min(inner, body.stream().mapToInt(Line::width).max().orElse(0)) + 4;
        int height = Math.min(canvas.height() - 2, body.size() + 2);
        int left = (canvas.width() - width) / 2;
        int top = Math.max(1, (canvas.height() - height) / 2);
        canvas.put(left, top, Line.of("┌" + "─".repeat(width - 2) + "┐", p.text()), width);
        for (int i = 0; i < height - 2; i++) {
            Line line = body.get(i);
            canvas.put(left, top + 1 + i, Line.of("│ ", p.text()).plus(Wrap.pad(line.text(), width - 4),
                    line.spans().isEmpty() ? p.text() : line.spans().get(0).style()).plus(" │", p.text()), width);
        }
        canvas.put(left, top + height - 1, Line.of("└" + "─".repeat(width - 2) + "┘", p.text()), width);
    }
}
