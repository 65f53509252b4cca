package org.whoowns.classroom;

import org.whoowns.pack.TerminalText;

import java.util.Locale;

/**
 * A typed name made fit for everyone's screen: cleaned by {@link TerminalText#clean}, runs of blanks made one
 * space, cut to {@value #MAX_COLUMNS} columns. Two names that differ only in case are the same player.
 */
final class PlayerName {
    static final int MAX_COLUMNS = 20;

    private PlayerName() {
    }

    static String clean(String typed) {
        String text = TerminalText.clean(typed).replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += TerminalText.columns(cp);
            if (width > MAX_COLUMNS) {
                break;
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString().strip();
    }

    static String key(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT);
    }
}
