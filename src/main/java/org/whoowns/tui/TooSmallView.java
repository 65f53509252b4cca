package org.whoowns.tui;

import java.util.List;

/** Shown instead of any view while the terminal is smaller than the layouts need. */
final class TooSmallView {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;

    private TooSmallView() {
    }

    static boolean tooSmall(int columns, int rows) {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    static void draw(Canvas canvas) {
        String message = "whoowns needs at least " + MIN_COLUMNS + "x" + MIN_ROWS + "; this terminal is "
                + canvas.width() + "x" + canvas.height() + ". Enlarge it, or press q to quit.";
        List<String> lines = Wrap.lines(message, Math.max(1, canvas.width() - 2));
        int top = Math.max(0, (canvas.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.put(1, top + i, Line.of(lines.get(i), canvas.palette().bold()), canvas.width() - 1);
        }
    }
}
