package org.whoowns.tui;

import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping and fitting by terminal columns, always on sanitized text. Every width comes from
 * {@link TerminalText#columns}, the same measure {@link Canvas} draws with, so layout and screen agree.
 */
final class Wrap {
    static final String ELLIPSIS = "…";

    private Wrap() {
    }

    static int width(String text) {
        return TerminalText.width(text);
    }

    /** The longest start of {@code text} that fits in {@code width} columns, cut between code points. */
    static String cut(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int columns = TerminalText.columns(cp);
            if (used + columns > width) {
                break;
            }
            used += columns;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /** Greedy word wrap; a word longer than the line is split. Never returns an empty list. */
    static List<String> lines(String text, int width) {
        int max = Math.max(1, width);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : TerminalText.clean(text).trim().split(" +")) {
            while (width(word) > max) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String head = cut(word, max);
                if (head.isEmpty()) {
                    head = word.substring(0, Character.charCount(word.codePointAt(0))); // wide, on a 1-column line
                }
                out.add(head);
                word = word.substring(head.length());
            }
            if (line.length() > 0 && width(line.toString()) + 1 + width(word) > max) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** Text cut to {@code width} columns, ending in an ellipsis when something was cut (never silently). */
    static String fit(String text, int width) {
        String clean = TerminalText.clean(text);
        if (width(clean) <= width) {
            return clean;
        }
        if (width <= 0) {
            return "";
        }
        return cut(clean, width - 1) + ELLIPSIS;
    }

    /** {@code text} padded with spaces (or cut) to exactly {@code width} columns, centred. */
    static String center(String text, int width) {
        String fitted = fit(text, width);
        int room = width - width(fitted);
        return " ".repeat(room / 2) + fitted + " ".repeat(room - room / 2);
    }

    /** {@code text} padded with spaces (or cut) to exactly {@code width} columns. */
    static String pad(String text, int width) {
        String fitted = fit(text, width);
        return fitted + " ".repeat(Math.max(0, width - width(fitted)));
    }

    /** A wrapped paragraph in one style. */
    static List<Line> block(String text, int width, Style style) {
        return hanging("", style, text, style, width);
    }

    /** A wrapped paragraph after a label ("Pitfall: ", "3. "); later lines are indented under the text. */
    static List<Line> hanging(String label, Style labelStyle, String text, Style style, int width) {
        String cleanLabel = TerminalText.clean(label);
        int indent = width(cleanLabel);
        List<Line> out = new ArrayList<>();
        List<String> wrapped = lines(text, width - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            Line line = i == 0 ? Line.of(cleanLabel, labelStyle) : Line.of(" ".repeat(indent), style);
            out.add(line.plus(wrapped.get(i), style));
        }
        return out;
    }
}
