package org.whoowns.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import org.whoowns.pack.TerminalText;

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

    private boolean afterWide;

    /** True for a character the terminal draws two columns wide where Lanterna counts one. */
    static boolean needsMark(int codePoint) {
        return codePoint <= Character.MAX_VALUE && TerminalText.columns(codePoint) == 2
                && !TerminalTextUtils.isCharCJK((char) codePoint);
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

    /** The cursor was placed explicitly: a following mark no longer completes a wide character. */
    void moved() {
        afterWide = false;
    }
}
