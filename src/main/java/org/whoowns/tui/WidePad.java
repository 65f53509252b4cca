package org.whoowns.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import org.whoowns.pack.TerminalText;

import java.io.IOException;

/**
 * Keeps Lanterna's cells in step with the terminal for characters the two measure differently
 * (notes/lanterna.md §8). Lanterna 3.1.3 counts Bopomofo, Yi, CJK Compatibility and the like one column;
 * the terminal draws them two. {@link Canvas} puts such a character in one cell and {@link #MARK} in the
 * next, so Lanterna's buffer has the right number of cells; on the way to the terminal the mark is dropped
 * when it directly follows its wide character (the terminal has already moved two columns), and turned
 * into a one-column cursor move when it is written alone (only its cell changed).
 */
final class WidePad {
    /** Stands for the right half of a wide character. Private use, so sanitized text never contains it. */
    static final char MARK = '\uE000';

    /** What the terminal does with one character written by Lanterna. */
    enum Action { WRITE, SKIP, FORWARD }

    /** A terminal's way to write a character as Lanterna encodes it. */
    interface CharacterOut {
        void write(char c) throws IOException;
    }

    /** A terminal's way to write raw bytes. */
    interface BytesOut {
        void write(byte[] bytes) throws IOException;
    }

    private static final byte[] CURSOR_FORWARD = {0x1B, '[', 'C'};

    private boolean afterWide;

    /** True for a character the terminal draws two columns wide where Lanterna counts one. */
    static boolean needsMark(int codePoint) {
        return codePoint <= Character.MAX_VALUE && TerminalText.columns(codePoint) == 2
                && !lanternaWide((char) codePoint);
    }

    /**
     * Lanterna's own test of a double-width character ({@link TerminalTextUtils#isCharCJK}), answered
     * without its Unicode block lookup for the characters outside every block it names (below U+1100, and
     * from U+1200 to U+2E80: Latin, arrows, box drawing, dingbats). That lookup's table takes ~5 ms to
     * build on first use, and the first frame would pay it for "…" and "─".
     */
    static boolean lanternaWide(char c) {
        if (c < 0x1100 || c >= 0x1200 && c < 0x2E80) {
            return false;
        }
        return TerminalTextUtils.isCharCJK(c);
    }

    /** Called for each character Lanterna writes, in order. */
    Action put(char c) {
        if (c == MARK) {
            Action action = afterWide ? Action.SKIP : Action.FORWARD;
            afterWide = false;
            return action;
        }
        afterWide = needsMark(c);
        return Action.WRITE;
    }

    /** Writes what Lanterna asked to write at {@code c}: the character, nothing, or a one-column move. */
    void write(char c, CharacterOut character, BytesOut bytes) throws IOException {
        switch (put(c)) {
            case WRITE -> character.write(c);
            case FORWARD -> bytes.write(CURSOR_FORWARD);
            case SKIP -> { } // the wide character before it already covered this column
        }
    }

    /** The cursor was placed explicitly: a following mark no longer completes a wide character. */
    void moved() {
        afterWide = false;
    }
}
