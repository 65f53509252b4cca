package org.whoowns.tui;

import com.googlecode.lanterna.SGR;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The menu's first frame drawn by our own code into a grid and written as ANSI in one write, before
 * Lanterna, Jackson and the pack are initialised (issue 15). It is drawn by {@link MenuView} through the
 * same {@link Canvas} as every later frame, so Lanterna's first refresh finds an identical screen and
 * {@link FastUnixTerminal} lets it take over without clearing it.
 */
final class FirstFrame implements Surface {
    private final int width;
    private final int height;
    private final char[] chars;
    private final Style[] styles;

    /** What undoes the frame's start: plain attributes, the cursor shown, the main screen back. */
    static final byte[] LEAVE = "\033[0m\033[?25h\033[?1049l".getBytes(StandardCharsets.US_ASCII);

    private FirstFrame(int width, int height) {
        this.width = width;
        this.height = height;
        this.chars = new char[width * height];
        this.styles = new Style[width * height];
        Arrays.fill(chars, ' ');
        Arrays.fill(styles, Style.PLAIN);
    }

    /**
     * The menu before the pack has loaded, at the given size, with a learner's entries when {@code learner};
     * empty when the screen is too small for it.
     */
    static Optional<FirstFrame> menu(int width, int height, Palette palette, int count, boolean learner) {
        if (TooSmallView.tooSmall(width, height)) {
            return Optional.empty(); // the too-small notice is Lanterna's to draw
        }
        FirstFrame frame = new FirstFrame(width, height);
        MenuView.drawFirst(new Canvas(frame, palette, width, height), count, learner);
        return Optional.of(frame);
    }

    @Override
    public void put(int column, int row, char c, Style style) {
        if (column >= 0 && column < width && row >= 0 && row < height) {
            chars[row * width + column] = c;
            styles[row * width + column] = style;
        }
    }

    char charAt(int column, int row) {
        return chars[row * width + column];
    }

    Style styleAt(int column, int row) {
        return styles[row * width + column];
    }

    /**
     * The frame as terminal output: the alternate screen (as Lanterna's private mode), cursor hidden, then
     * each row from its first column. A {@link WidePad#MARK} after its wide character is skipped, alone it
     * moves the cursor one column, as {@link FastUnixTerminal} does with Lanterna's output.
     */
    byte[] ansi() {
        StringBuilder out = new StringBuilder(width * height + 512);
        out.append("\033[?1049h\033[?25l\033[0m\033[H\033[2J");
        Style current = Style.PLAIN;
        WidePad pad = new WidePad();
        for (int row = 0; row < height; row++) {
            out.append("\033[").append(row + 1).append(";1H");
            pad.moved();
            for (int column = 0; column < width; column++) {
                Style style = styles[row * width + column];
                if (!style.equals(current)) {
                    sgr(out, style);
                    current = style;
                }
                char c = chars[row * width + column];
                switch (pad.put(c)) {
                    case WRITE -> out.append(c);
                    case FORWARD -> out.append("\033[C");
                    case SKIP -> { }
                }
            }
        }
        sgr(out, Style.PLAIN);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sgr(StringBuilder out, Style style) {
        out.append("\033[0");
        for (SGR modifier : style.modifiers()) {
            out.append(';').append(code(modifier));
        }
        out.append(';').append(new String(style.foreground().getForegroundSGRSequence(), StandardCharsets.US_ASCII));
        out.append(';').append(new String(style.background().getBackgroundSGRSequence(), StandardCharsets.US_ASCII));
        out.append('m');
    }

    /** The codes Lanterna's ANSITerminal sends for each modifier. */
    private static int code(SGR modifier) {
        return switch (modifier) {
            case BOLD -> 1;
            case ITALIC -> 3;
            case UNDERLINE -> 4;
            case BLINK -> 5;
            case REVERSE -> 7;
            case CROSSED_OUT -> 9;
            case FRAKTUR -> 20;
            case BORDERED -> 51;
            case CIRCLED -> 52;
        };
    }
}
