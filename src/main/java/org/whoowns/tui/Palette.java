package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.Map;
import java.util.Set;

/**
 * Every style the views use. With NO_COLOR all colours are the terminal's defaults and meaning rests on
 * reverse video, bold and the text itself; with colour, owners get a background each (by position on the
 * customer-to-provider scale) on top of the letters they always show.
 */
final class Palette {
    /** Backgrounds for the owners between the two ends, in order; the ends are blue and green. */
    private static final TextColor.ANSI[] MIDDLE = {TextColor.ANSI.YELLOW, TextColor.ANSI.MAGENTA,
            TextColor.ANSI.CYAN, TextColor.ANSI.RED, TextColor.ANSI.WHITE, TextColor.ANSI.BLACK_BRIGHT};

    private final boolean color;

    private Palette(boolean color) {
        this.color = color;
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
    static Palette from(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Palette(noColor == null || noColor.isEmpty());
    }

    Style text() {
        return Style.PLAIN;
    }

    Style bold() {
        return Style.PLAIN.with(SGR.BOLD);
    }

    /** Header bar and the cursor line: reverse video reads in any terminal. */
    Style bar() {
        return Style.PLAIN.with(SGR.REVERSE);
    }

    Style selected() {
        return Style.PLAIN.with(SGR.REVERSE).with(SGR.BOLD);
    }

    Style right() {
        return mark(TextColor.ANSI.GREEN);
    }

    Style wrong() {
        return mark(TextColor.ANSI.RED);
    }

    Style partly() {
        return mark(TextColor.ANSI.YELLOW);
    }

    private Style mark(TextColor.ANSI foreground) {
        return color ? new Style(foreground, TextColor.ANSI.DEFAULT, Set.of(SGR.BOLD)) : bold();
    }

    /** A matrix cell held by the owner at {@code rank} of {@code owners}. */
    Style owner(int rank, int owners) {
        if (!color) {
            return Style.PLAIN;
        }
        TextColor.ANSI background = rank <= 0 ? TextColor.ANSI.BLUE
                : rank >= owners - 1 ? TextColor.ANSI.GREEN
                : MIDDLE[Math.min(rank - 1, MIDDLE.length - 1)];
        TextColor.ANSI foreground = background == TextColor.ANSI.BLUE || background == TextColor.ANSI.MAGENTA
                || background == TextColor.ANSI.RED || background == TextColor.ANSI.BLACK_BRIGHT
                ? TextColor.ANSI.WHITE_BRIGHT : TextColor.ANSI.BLACK;
        return new Style(foreground, background, Set.of());
    }

    /** The marked cell (tested cell, study cursor): reverse and bold on top of the owner's style. */
    Style ownerMarked(int rank, int owners) {
        return owner(rank, owners).with(SGR.REVERSE).with(SGR.BOLD);
    }
}
