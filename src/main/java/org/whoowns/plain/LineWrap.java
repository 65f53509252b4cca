package org.whoowns.plain;

import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean text broken into lines of at most {@code width} columns at spaces, measured by display width
 * ({@link TerminalText#width}); continuation lines are indented by {@code hang} spaces. A word longer than
 * a line is the only thing ever split.
 */
final class LineWrap {
    private LineWrap() {
    }

    static List<String> lines(String text, int width, int hang) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || TerminalText.width(text) <= width) {
            lines.add(text);
            return lines;
        }
        hang = Math.min(hang, width / 2);
        StringBuilder line = new StringBuilder();
        int used = 0;
        int leading = text.length() - text.stripLeading().length();
        line.append(text, 0, leading);
        used = leading;
        boolean empty = true;
        for (String word : text.substring(leading).split(" +")) {
            int w = TerminalText.width(word);
            if (!empty && used + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(" ".repeat(hang));
                used = hang;
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            // A word wider than a whole line is cut where the line ends.
            while (used + w > width) {
                int cut = fit(word, width - used);
                line.append(word, 0, cut);
                lines.add(line.toString());
                word = word.substring(cut);
                w = TerminalText.width(word);
                line.setLength(0);
                line.append(" ".repeat(hang));
                used = hang;
            }
            line.append(word);
            used += w;
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code columns} (at least one code point, so the loop ends). */
    private static int fit(String word, int columns) {
        int i = 0;
        int used = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = TerminalText.columns(cp);
            if (used + w > columns && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
