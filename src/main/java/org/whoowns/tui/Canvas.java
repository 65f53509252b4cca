package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import org.whoowns.pack.TerminalText;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One frame being drawn: the common layout (header bar, body, rule, footer) over Lanterna's TextGraphics.
 * Text is clipped at the right edge with an ellipsis, so a cut is always visible. Characters are placed by
 * {@link TerminalText#columns}, the measure layout uses, not by Lanterna's own (see {@link WidePad}).
 */
final class Canvas {
    /** Left and right margin of the body. */
    static final int MARGIN = 1;

    private final Surface surface;
    private final Palette palette;
    private final int width;
    private final int height;
    /** The style of the characters being written. */
    private Style style = Style.PLAIN;

    Canvas(TextGraphics graphics, Palette palette, TerminalSize size) {
        this(lanterna(graphics), palette, size.getColumns(), size.getRows());
    }

    Canvas(Surface surface, Palette palette, int width, int height) {
        this.surface = surface;
        this.palette = palette;
        this.width = width;
        this.height = height;
    }

    /** One drawn cell's look: Lanterna's immutable TextCharacter for it is made once and shared. */
    private record Cell(char c, Style style) {
    }

    /**
     * Lanterna would build a new TextCharacter (with its string and modifier set) for every cell of every
     * frame; a classroom server drawing 200 screens spent its GC pauses on them. Bounded: text a screen shows
     * is drawn from few characters and fewer styles.
     */
    private static final Map<Cell, TextCharacter> CELLS = new ConcurrentHashMap<>();
    private static final int MAX_CELLS = 8192;

    /** Lanterna's graphics as a surface, each cell's TextCharacter taken from the shared cache. */
    private static Surface lanterna(TextGraphics graphics) {
        return (column, row, c, style) -> graphics.setCharacter(column, row, character(c, style));
    }

    static TextCharacter character(char c, Style style) {
        Cell key = new Cell(c, style);
        TextCharacter known = CELLS.get(key);
        if (known != null) {
            return known;
        }
        TextCharacter made = new TextCharacter(c, style.foreground(), style.background(),
                style.modifiers().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(style.modifiers()));
        if (CELLS.size() < MAX_CELLS) {
            CELLS.putIfAbsent(key, made);
        }
        return made;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Palette palette() {
        return palette;
    }

    /** Columns available to body text between the margins. */
    int bodyWidth() {
        return Math.max(1, width - 2 * MARGIN);
    }

    /** Draws {@code line} at (column, row), clipped to {@code max} columns. */
    void put(int column, int row, Line line, int max) {
        if (row < 0 || row >= height) {
            return;
        }
        int room = Math.min(max, width - column);
        boolean cut = line.width() > room;
        int x = column;
        for (Line.Span span : line.spans()) {
            int left = column + room - x - (cut ? 1 : 0);
            if (left <= 0) {
                break;
            }
            String text = span.text();
            if (Wrap.width(text) > left) {
                text = Wrap.cut(text, left);
            }
            style = span.style();
            x = write(x, row, text);
        }
        if (cut && room > 0) {
            style = palette.text();
            write(column + room - 1, row, Wrap.ELLIPSIS);
        }
    }

    /**
     * Writes {@code text} from {@code column} cell by cell and returns the column after it. A character
     * Lanterna would count narrower than the terminal draws it is followed by {@link WidePad#MARK}; one it
     * cannot place at our width (it counts it wide, or it is outside the BMP) is drawn as '?' and padded.
     */
    private int write(int column, int row, String text) {
        int x = column;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int columns = TerminalText.columns(cp);
            if (columns == 0) {
                continue; // a zero-width character takes no cell of its own
            }
            boolean bmp = cp <= Character.MAX_VALUE;
            if (bmp && WidePad.needsMark(cp)) {
                surface.put(x, row, (char) cp, style);
                surface.put(x + 1, row, WidePad.MARK, style);
            } else if (bmp && (WidePad.lanternaWide((char) cp) ? 2 : 1) == columns) {
                surface.put(x, row, (char) cp, style);
            } else {
                surface.put(x, row, '?', style);
                if (columns == 2) {
                    surface.put(x + 1, row, ' ', style);
                }
            }
            x += columns;
        }
        return x;
    }

    /** Lines from {@code row} down, at the left margin, clipped to the body width. */
    void lines(int row, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            put(MARGIN, row + i, lines.get(i), bodyWidth());
        }
    }

    /** The top bar: {@code left} and {@code right} in reverse video across the whole width. */
    void header(String left, String right) {
        bar(0, left, right);
    }

    /** The key help on the last row. */
    void footer(String keys) {
        put(MARGIN, height - 1, Line.of(keys, palette.text()), bodyWidth());
    }

    /** A horizontal rule with a notice on the left and an indicator (e.g. "more ↓") on the right. */
    void rule(int row, String notice, String indicator) {
        put(0, row, Line.of("─".repeat(width), palette.text()), width);
        String right = Wrap.fit(indicator, width / 2);
        if (!right.isEmpty()) {
            put(width - Wrap.width(right) - 4, row, Line.of(" " + right + " ", palette.bold()), width);
        }
        if (!notice.isEmpty()) {
            int room = width - 8 - (right.isEmpty() ? 0 : Wrap.width(right) + 4);
            put(2, row, Line.of(" " + Wrap.fit(notice, room) + " ", palette.bold()), room + 2);
        }
    }

    private void bar(int row, String left, String right) {
        String r = Wrap.fit(right, Math.max(0, width * 2 / 3 - 2));
        String l = Wrap.fit(left, Math.max(0, width - Wrap.width(r) - 4));
        int gap = Math.max(1, width - 2 - Wrap.width(l) - Wrap.width(r));
        put(0, row, Line.of(" " + l + " ".repeat(gap) + r + " ", palette.bar()), width);
    }

}
